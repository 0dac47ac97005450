// `moodle-capacity compare` as CI runs it between two releases: exit 0 when B is no worse, 3 when it
// regressed beyond a threshold, with the per-transaction table on stdout.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../analysis/types.ts';
import { makeAnalysis } from '../../reports/fixture.ts';
import { runCli } from '../run-cli.ts';

function runDir(analysis: Analysis): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-compare-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'analysis.json'), JSON.stringify(analysis));
  return dir;
}

describe('moodle-capacity compare', () => {
  const a = makeAnalysis();
  const slower: Analysis = { ...a, transactions: a.transactions.map((t) => (t.name === 'GET /my/' ? { ...t, latency: { ...t.latency, p95Ms: (t.latency.p95Ms ?? 0) * 1.5 } } : t)) };

  it('exits 0 and says so when B is no worse than A', async () => {
    const res = await runCli(['compare', runDir(a), runDir(a)]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/No regression beyond the thresholds/);
    expect(res.stdout).toMatch(/GET \/my\//);
  });

  it('exits 3 and names the transaction and the reason when B regressed', async () => {
    const res = await runCli(['compare', runDir(a), runDir(slower), '--threshold', '20']);
    expect(res.code).toBe(3);
    expect(res.stdout).toMatch(/GET \/my\/.*REGRESSED: p95 \+50\.0 % > 20 %/);
    const loose = await runCli(['compare', runDir(a), runDir(slower), '--threshold', '60', '--json']);
    expect(loose.code).toBe(0);
    expect((JSON.parse(loose.stdout) as { regressed: boolean }).regressed).toBe(false);
  });

  it('refuses an analysis.json of another schema version', async () => {
    const res = await runCli(['compare', runDir({ ...a, schema: 'moodle-capacity/analysis@2' as Analysis['schema'] }), runDir(a)]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/schema; expected moodle-capacity\/analysis@3, got "moodle-capacity\/analysis@2"/);
  });
});
