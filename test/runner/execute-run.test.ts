import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeRun } from '../../io/analyze-run.ts';
import { executeRun, type RunRequest } from '../../runner/execute-run.ts';
import { startLive, type Live } from '../environment.ts';
import { findSecrets, passwordsOf } from '../secrets.ts';

let live: Live;
beforeAll(async () => {
  live = await startLive();
});
afterAll(async () => {
  await live.stop();
});

const request = (over: Partial<RunRequest>): RunRequest => ({
  target: live.testbed.url,
  confirmTarget: undefined,
  scenario: 'smoke',
  profile: 'demo',
  scale: { rateScale: 1, durationSeconds: null },
  usersFile: live.testbed.usersCsvPath,
  resultsDir: join(live.workDir, 'results'),
  environmentFile: null,
  log: () => {},
  ...over,
});

describe('executeRun with the real k6 against the testbed', () => {
  it('smoke: every transaction once, 0 failed checks, a self-describing run directory', async () => {
    const { dir, record } = await executeRun(request({}));
    expect(record.status).toBe('completed');
    expect(record.exitCode).toBe(0);
    expect(record.k6.version).toBe('2.2.0');
    expect(Date.parse(record.endedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(record.startedAt));
    for (const f of ['run.json', 'k6-output.json.gz', 'summary.json', 'k6.log', 'k6-options.json']) expect(existsSync(join(dir, f)), f).toBe(true);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { metrics: Record<string, Record<string, number>> };
    expect(summary.metrics['checks']?.['fails']).toBe(0);
    expect(summary.metrics['checks']?.['passes']).toBeGreaterThanOrEqual(6);
    expect(findSecrets(dir, passwordsOf(live.testbed.usersCsvPath))).toEqual([]);
  });

  it('a wrong password fails the login check with its kind, though Moodle answers 200', async () => {
    const { writeFileSync } = await import('node:fs');
    const bad = join(live.workDir, 'wrong-password.csv');
    writeFileSync(bad, 'username,password\nstudent001,not-the-password\n');
    const { dir, record } = await executeRun(request({ usersFile: bad }));
    expect(record.status).toBe('thresholds-failed');
    const analysis = await analyzeRun({ runDir: dir, environmentFile: null, noCloudWatch: true, log: () => {} });
    expect(analysis.totals.failuresByKind).toEqual({ login_rejected: 1 });
    expect(analysis.totals.failed).toBe(0); // every HTTP request "succeeded": only the body tells
  });

  it('k6 killed mid-run: the run directory keeps what was written, run.json says so, analyze works', async () => {
    let timer: NodeJS.Timeout | undefined;
    const { dir, record } = await executeRun(
      request({
        scenario: 'login-storm',
        scale: { rateScale: 1, durationSeconds: 40 },
        onK6Start: (pid) => {
          timer = setTimeout(() => process.kill(pid, 'SIGKILL'), 8000);
        },
      }),
    );
    clearTimeout(timer);
    expect(record.status).toBe('killed');
    expect(record.signal).toBe('SIGKILL');
    expect(record.abortReason).toMatch(/killed by SIGKILL/);
    expect(Date.parse(record.endedAt ?? '') - Date.parse(record.startedAt)).toBeLessThan(30_000);
    const analysis = await analyzeRun({ runDir: dir, environmentFile: null, noCloudWatch: true, log: () => {} });
    expect(analysis.totals.requests).toBeGreaterThan(10);
    expect(analysis.run.status).toBe('killed');
    expect(analysis.notes.join(' ')).toMatch(/did not complete: killed/);
    expect(findSecrets(dir, passwordsOf(live.testbed.usersCsvPath))).toEqual([]);
  });
});
