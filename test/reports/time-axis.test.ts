import { describe, expect, it } from 'vitest';
import { formatElapsed, periodMidpoint, tickStep, timeTicks, timeWindow } from '../../reports/time-axis.ts';
import { makeAnalysis, START_MS } from './fixture.ts';

describe('formatElapsed', () => {
  it('formats seconds since the start as m:ss', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(5)).toBe('0:05');
    expect(formatElapsed(65)).toBe('1:05');
    expect(formatElapsed(179.6)).toBe('3:00');
    expect(formatElapsed(59 * 60 + 59)).toBe('59:59');
  });
  it('switches to h:mm:ss from an hour and handles negatives', () => {
    expect(formatElapsed(3600)).toBe('1:00:00');
    expect(formatElapsed(2 * 3600 + 5 * 60 + 7)).toBe('2:05:07');
    expect(formatElapsed(-10)).toBe('-0:10');
    expect(formatElapsed(Number.NaN)).toBe('');
  });
});

describe('tickStep', () => {
  it('picks the smallest round step that keeps the tick count down', () => {
    expect(tickStep(180)).toBe(30);
    expect(tickStep(60)).toBe(10);
    expect(tickStep(3600)).toBe(600);
    expect(tickStep(0)).toBe(1);
  });
  it('never yields more than maxTicks intervals', () => {
    for (const span of [7, 59, 61, 299, 1801, 7201, 86_400 * 3]) {
      expect(span / tickStep(span, 8)).toBeLessThanOrEqual(8);
    }
  });
});

describe('timeWindow', () => {
  it('starts at the run start and ends at the last period end', () => {
    const w = timeWindow(makeAnalysis());
    expect(w.originMs).toBe(START_MS);
    expect(w.minSeconds).toBe(0);
    expect(w.maxSeconds).toBe(180);
  });
  it('widens to data that was bucketed before the recorded start', () => {
    const a = makeAnalysis();
    const w = timeWindow({ ...a, run: { ...a.run, startedAt: new Date(START_MS + 4_000).toISOString() } });
    expect(w.originMs).toBe(START_MS + 4_000);
    expect(w.minSeconds).toBe(-4);
  });
  it('falls back to the first sample when the start is unreadable', () => {
    const a = makeAnalysis();
    const w = timeWindow({ ...a, run: { ...a.run, startedAt: 'garbage' } });
    expect(w.originMs).toBe(a.totals.firstSampleMs);
  });
  it('puts a period at its midpoint', () => {
    const w = timeWindow(makeAnalysis());
    expect(periodMidpoint(START_MS + 20_000, 10, w)).toBe(25);
  });
});

describe('timeTicks', () => {
  it('puts ticks on multiples of the step, starting at 0:00 even in a window that starts earlier', () => {
    expect(timeTicks({ originMs: 0, minSeconds: -4, maxSeconds: 176 }, 30)).toEqual([0, 30, 60, 90, 120, 150]);
    expect(timeTicks({ originMs: 0, minSeconds: 0, maxSeconds: 180 }, 30)).toEqual([0, 30, 60, 90, 120, 150, 180]);
    expect(timeTicks({ originMs: 0, minSeconds: -65, maxSeconds: 10 }, 30)).toEqual([-60, -30, 0]);
  });
});
