import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.ts';
import { findK6 } from '../../runner/k6-binary.ts';

describe('k6 provisioning', () => {
  it('finds the pinned k6 the setup installed and reports its version', async () => {
    const k6 = await findK6();
    expect(k6?.version).toMatch(/^2\.\d+\.\d+$/);
  });

  it('with neither k6 nor Go it stops and says what to install', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'mc-no-tools-'));
    // node runs by its absolute path; an empty PATH holds neither k6 nor go, wherever they live here.
    const res = await runCli(['k6'], undefined, 60_000, { PATH: empty, MC_TOOLS_BIN: empty });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/k6 v2\.2\.0 or newer \(v2\.x\) is not on PATH and Go is not installed to build it; install k6 v2\.2\.0 .* or Go/);
  });
});
