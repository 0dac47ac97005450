import { describe, expect, it } from 'vitest';
import { runStatus } from '../../runner/exit-status.ts';

const base = { code: 0, signal: null, interrupted: false, logTail: [] };

describe('runStatus', () => {
  it('maps k6 exit codes and signals to how the run ended', () => {
    expect(runStatus(base)).toEqual({ status: 'completed', abortReason: null });
    expect(runStatus({ ...base, code: 99 }).status).toBe('thresholds-failed');
    expect(runStatus({ ...base, code: null, signal: 'SIGKILL' })).toEqual({ status: 'killed', abortReason: 'k6 was killed by SIGKILL' });
    expect(runStatus({ ...base, code: 105, interrupted: true }).status).toBe('interrupted');
    expect(runStatus({ ...base, code: 107 }).status).toBe('failed');
  });
  it('tells an abortOnFail abort from thresholds that failed at the end', () => {
    const line = 'level=error msg="thresholds on metrics \'http_req_failed\' were crossed; at least one has abortOnFail enabled, stopping test prematurely"';
    expect(runStatus({ ...base, code: 99, logTail: ['x', line] })).toEqual({ status: 'aborted', abortReason: line });
  });
});
