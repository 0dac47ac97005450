import { describe, expect, it } from 'vitest';
import { detectClockOffset } from '../../analysis/clock-offset.ts';
import { Timeline } from '../../analysis/timeline.ts';
import { series } from './capacity/series.ts';

const t0 = Date.UTC(2026, 10, 26, 10, 0, 0);
// A ramp with steps: requests per second change often enough for the offset to show at 60 s periods.
const rate = (s: number): number => 5 + ((s * 37) % 23) + Math.floor(s / 45) * 3;

function k6Timeline(seconds: number): Timeline {
  const tl = new Timeline();
  for (let s = 0; s < seconds; s++) tl.at(t0 / 1000 + s).requests = rate(s);
  return tl;
}

/** What the ALB would count per period if its clock ran `offset` seconds ahead of the load generator's. */
function albCounts(seconds: number, period: number, offset: number): { t: number; v: number }[] {
  const out: { t: number; v: number }[] = [];
  for (let p = 0; p + period <= seconds; p += period) {
    let v = 0;
    for (let s = p - offset; s < p + period - offset; s++) v += s >= 0 && s < seconds ? rate(s) : 0;
    out.push({ t: t0 + p * 1000, v });
  }
  return out;
}

describe('detectClockOffset', () => {
  it('finds a 7-second skew from one-minute periods', () => {
    const found = detectClockOffset(k6Timeline(1800), { ...series('alb_request_count', 'requests', albCounts(1800, 60, 7)), stat: 'Sum' });
    expect(found?.offsetSeconds).toBe(7);
    expect(found?.correlationAtOffset).toBeCloseTo(1, 9);
    expect(found?.significant).toBe(true);
  });
  it('finds a negative skew, and none when the clocks agree', () => {
    expect(detectClockOffset(k6Timeline(900), series('r', 'requests', albCounts(900, 10, -3), 10))?.offsetSeconds).toBe(-3);
    const none = detectClockOffset(k6Timeline(900), series('r', 'requests', albCounts(900, 10, 0), 10));
    expect(none).toMatchObject({ offsetSeconds: 0, significant: false });
  });
  it('needs a few CloudWatch periods', () => {
    expect(detectClockOffset(k6Timeline(60), series('r', 'requests', albCounts(60, 20, 0), 20))).toBeNull();
  });
});
