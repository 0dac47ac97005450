// Test support: a run directory as `moodle-capacity run` leaves it, with synthetic k6 output from
// two load generators (bench/k6-synthetic.ts) instead of a real k6 run.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticK6Lines } from '../../bench/k6-synthetic.ts';

// Twelve hours ago on the hour, not a fixed date: `analyze` picks its CloudWatch period from the
// window's age (1-minute data from 3 hours to 15 days old), so a fixed date would change the period
// the tests expect as the calendar moves on.
const HOUR = 3_600_000;
export const start = Math.floor(Date.now() / HOUR) * HOUR - 12 * HOUR;
export const seconds = 420;

export function syntheticRunDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-analyze-'));
  const files = [[], []] as string[][];
  for (const { runner, line } of syntheticK6Lines({ seed: 4, startMs: start, seconds, runners: 2, rate: (s) => 1 + Math.floor(s / 40), failureRate: 0.001 })) files[runner]?.push(line);
  files.forEach((lines, i) => writeFileSync(join(dir, `k6-output-${i}.json`), `${lines.join('\n')}\n`));
  const record = {
    schema: 'moodle-capacity/run@1',
    tool: { name: 'moodle-capacity', version: '0.1.0' },
    target: 'http://127.0.0.1:1',
    scenario: 'login-storm',
    profile: 'test',
    scale: { rateScale: 1, durationSeconds: null },
    options: { scenarios: { 'login-storm': { executor: 'ramping-arrival-rate' } }, thresholds: { http_req_duration: ['p(95)<1500'] } },
    k6: { version: 'k6 v2.2.0', path: 'k6' },
    usersFile: null,
    environmentFile: null,
    startedAt: new Date(start).toISOString(),
    endedAt: new Date(start + seconds * 1000).toISOString(),
    status: 'completed',
    exitCode: 0,
    signal: null,
    abortReason: null,
    files: { k6Output: 'k6-output.json.gz', summary: 'summary.json', log: 'k6.log', options: 'k6-options.json' },
  };
  writeFileSync(join(dir, 'run.json'), JSON.stringify(record));
  return dir;
}

