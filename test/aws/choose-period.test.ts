import { describe, expect, it } from 'vitest';
import { choosePeriod, retentionFloor, validPeriodAtLeast } from '../../aws/choose-period.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = Date.UTC(2026, 10, 26, 12, 0, 0);
const window = (ageMs: number, lengthMs: number) => ({ startMs: now - ageMs, endMs: now - ageMs + lengthMs });

describe('choosePeriod', () => {
  it("follows CloudWatch's retention tiers: < 60 s for 3 h, 60 s for 15 days, 300 s for 63 days, 3600 s for 455 days", () => {
    expect(choosePeriod({ window: window(HOUR, HOUR), nowMs: now, queries: 5, requested: 10 }).periodSeconds).toBe(10);
    expect(choosePeriod({ window: window(4 * HOUR, HOUR), nowMs: now, queries: 5, requested: 10 })).toMatchObject({ periodSeconds: 60 });
    expect(choosePeriod({ window: window(20 * DAY, HOUR), nowMs: now, queries: 5, requested: null })).toMatchObject({ periodSeconds: 300 });
    expect(choosePeriod({ window: window(100 * DAY, HOUR), nowMs: now, queries: 5, requested: null })).toMatchObject({ periodSeconds: 3600, expired: false });
    expect(choosePeriod({ window: window(500 * DAY, HOUR), nowMs: now, queries: 5, requested: null }).expired).toBe(true);
    expect(choosePeriod({ window: window(4 * HOUR, HOUR), nowMs: now, queries: 5, requested: 10 }).reason).toMatch(/raised to 60 s: .*1-minute data for 15 days/);
  });

  it('keeps every call under 100,800 datapoints: fewer queries a call, or a longer period for one metric', () => {
    // 10 days at 60 s = 14,400 points a metric: 7 metrics a call.
    expect(choosePeriod({ window: window(11 * DAY, 10 * DAY), nowMs: now, queries: 20, requested: 60 })).toMatchObject({ periodSeconds: 60, queriesPerCall: 7 });
    // A short window: the 500-query cap.
    expect(choosePeriod({ window: window(HOUR, HOUR), nowMs: now, queries: 900, requested: 60 }).queriesPerCall).toBe(500);
    // 30 hours at 1 s = 108,000 points for one metric: raised to 5 s.
    expect(choosePeriod({ window: window(HOUR, 30 * HOUR), nowMs: now + 30 * HOUR, queries: 1, requested: 1 }).periodSeconds).toBeGreaterThanOrEqual(60);
    expect(choosePeriod({ window: { startMs: now - 2 * HOUR, endMs: now - 2 * HOUR + 28.5 * HOUR }, nowMs: now, queries: 1, requested: 1 }).periodSeconds).toBe(5);
  });

  it('knows the valid periods and the tier of an age', () => {
    expect([0.5, 1, 2, 7, 11, 45, 61, 300].map(validPeriodAtLeast)).toEqual([1, 1, 5, 10, 30, 60, 120, 300]);
    expect(retentionFloor(2 * HOUR).seconds).toBe(1);
    expect(retentionFloor(16 * DAY).seconds).toBe(300);
  });
});
