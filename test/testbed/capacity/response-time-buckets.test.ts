import { describe, expect, it } from 'vitest';
import { responseTimeBucketMs } from '../../../testbed/capacity/response-time-buckets.ts';
import { PeriodStats } from '../../../testbed/capacity/period-stats.ts';

describe('responseTimeBucketMs', () => {
  it('rounds to 1 ms below a second and to 3 significant digits above', () => {
    expect(responseTimeBucketMs(36.4)).toBe(36);
    expect(responseTimeBucketMs(999.4)).toBe(999);
    expect(responseTimeBucketMs(1234.5)).toBe(1230);
    expect(responseTimeBucketMs(45_678)).toBe(45_700);
    expect(responseTimeBucketMs(-3)).toBe(0);
    expect(responseTimeBucketMs(Number.NaN)).toBe(0);
  });

  it('keeps the number of buckets small however long requests take', () => {
    const buckets = new Set<number>();
    for (let ms = 0; ms < 600_000; ms += 0.7) buckets.add(responseTimeBucketMs(ms));
    expect(buckets.size).toBeLessThan(4000);
  });
});

describe('PeriodStats', () => {
  it('buckets the period\'s response times and starts afresh after take()', () => {
    const stats = new PeriodStats();
    stats.recordResponse(36.2);
    stats.recordResponse(36.4);
    stats.recordResponse(120);
    expect([...stats.take()]).toEqual([
      [36, 2],
      [120, 1],
    ]);
    expect(stats.take().size).toBe(0);
  });
});
