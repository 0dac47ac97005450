// A sick Moodle that still answers HTTP 200 (or a tidy redirect) must fail the checks, counted by the
// right kind: the testbed's broken modes, each under the real k6 smoke scenario.
import { describe, expect, it } from 'vitest';
import { executeRun } from '../../runner/execute-run.ts';
import type { TestbedFault } from '../../testbed/app/faults.ts';
import { startTestTestbed } from '../testbed/start.ts';
import { readRun } from './k6-points.ts';
import { ciRun } from './run-request.ts';

describe('broken testbed modes fail the smoke checks with the right kind', () => {
  it.each([
    ['wrong-logintoken', 'login_rejected'],
    ['wrong-sesskey', 'invalid_sesskey'],
    ['expire-sessions', 'session_lost'],
    ['errors-as-200', 'moodle_error'],
    ['session-lock', 'session_lock'],
  ] as const)('%s → %s', async (fault: TestbedFault, kind) => {
    const tb = await startTestTestbed({ fault });
    try {
      const { dir, record } = await executeRun(ciRun(tb.testbed.url, tb.testbed.usersCsvPath));
      const r = readRun(dir);
      expect(record.status).toBe('thresholds-failed');
      expect(r.checks.fails).toBeGreaterThan(0);
      expect(Object.keys(r.failuresByKind)).toEqual([kind]);
      // HTTP itself looked healthy: no 4xx/5xx was needed to see it.
      expect(r.tagValues('status').get('500') ?? 0).toBe(0);
    } finally {
      await tb.close();
    }
  });
});
