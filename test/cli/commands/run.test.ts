// `moodle-capacity run` as a user runs it, stopped with Ctrl-C (SIGINT) half-way.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../io/project-root.ts';
import type { RunRecord } from '../../../runner/types.ts';
import { startLive, type Live } from '../../environment.ts';
import { runCli } from '../run-cli.ts';

let live: Live;
beforeAll(async () => {
  live = await startLive();
});
afterAll(async () => {
  await live.stop();
});

describe('moodle-capacity run', () => {
  it('Ctrl-C stops k6 gracefully: summary written, run.json says interrupted, analyze still works', async () => {
    const child = spawn(
      process.execPath,
      [join(projectRoot(), 'bin', 'moodle-capacity.mjs'), 'run', '--target', live.testbed.url, '--scenario', 'login-storm', '--users', live.testbed.usersCsvPath, '--duration', '60s', '--quiet'],
      { cwd: live.workDir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    setTimeout(() => child.kill('SIGINT'), 7000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).toBe(1);
    const dir = stdout.trim();
    const record = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunRecord;
    expect(record.status).toBe('interrupted');
    expect(record.abortReason).toMatch(/interrupted/);
    expect(existsSync(join(dir, 'summary.json'))).toBe(true);
    expect(Date.parse(record.endedAt ?? '') - Date.parse(record.startedAt)).toBeLessThan(45_000);
    const analyzed = await runCli(['analyze', dir, '--no-cloudwatch', '--json']);
    expect(analyzed.code).toBe(0);
    const analysis = JSON.parse(analyzed.stdout) as { totals: { requests: number }; run: { status: string } };
    expect(analysis.run.status).toBe('interrupted');
    expect(analysis.totals.requests).toBeGreaterThan(10);
  });
});
