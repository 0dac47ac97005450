import { describe, expect, it } from 'vitest';
import { backoffDelay, isRetryable, withRetries } from '../../aws/retry.ts';

const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });
const unavailable = Object.assign(new Error('oops'), { name: 'Unknown', $metadata: { httpStatusCode: 503 } });
const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
const denied = Object.assign(new Error('no'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });

describe('retries', () => {
  it('retries throttling, 5xx, dropped connections and timeouts, nothing else', () => {
    expect([throttled, unavailable, reset, Object.assign(new Error('t'), { name: 'AbortError' })].map(isRetryable)).toEqual([true, true, true, true]);
    expect([denied, new Error('bad input'), 'string', null].map(isRetryable)).toEqual([false, false, false, false]);
  });

  it('backs off exponentially with full jitter, capped', () => {
    const policy = { maxAttempts: 8, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy, () => 1))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(200);
  });

  it('gives up after maxAttempts and passes non-retryable errors straight through', async () => {
    const sleeps: number[] = [];
    const deps = { sleep: async (ms: number) => void sleeps.push(ms), random: () => 1 };
    let calls = 0;
    const flaky = async (): Promise<string> => (++calls < 3 ? Promise.reject(throttled) : 'ok');
    expect(await withRetries(flaky, { maxAttempts: 5, baseDelayMs: 10, maxDelayMs: 100 }, deps)).toBe('ok');
    expect(sleeps).toEqual([10, 20]);
    calls = 0;
    await expect(withRetries(() => (++calls, Promise.reject(throttled)), { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1 }, deps)).rejects.toBe(throttled);
    expect(calls).toBe(3);
    calls = 0;
    await expect(withRetries(() => (++calls, Promise.reject(denied)), { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1 }, deps)).rejects.toBe(denied);
    expect(calls).toBe(1);
  });
});
