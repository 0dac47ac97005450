// Demand for the coming year from hourly history (CloudWatch keeps hourly data 455 days): each hour
// takes the value 52 weeks earlier (same weekday and hour), else 104 weeks earlier, else the mean of
// the same hour of the week over the history, else the calendar's value when one is given; × growth.
import type { HourlyPoint, YearDemand } from './types.ts';

const HOUR_MS = 3_600_000;
const WEEK_HOURS = 168;

export function historyDemand(points: readonly HourlyPoint[], startMs: number, growth: number, hours: number, fallback: YearDemand | null, source: string): YearDemand {
  const byHour = new Map<number, number>();
  for (const p of points) byHour.set(Math.floor(p.t / HOUR_MS), p.requests / 3600);
  const weekSum = new Array<number>(WEEK_HOURS).fill(0);
  const weekCount = new Array<number>(WEEK_HOURS).fill(0);
  for (const [h, v] of byHour) {
    const slot = ((h % WEEK_HOURS) + WEEK_HOURS) % WEEK_HOURS;
    weekSum[slot] = (weekSum[slot] ?? 0) + v;
    weekCount[slot] = (weekCount[slot] ?? 0) + 1;
  }
  const first = Math.floor(startMs / HOUR_MS);
  const rps = Array.from({ length: hours }, (_, i) => {
    const h = first + i;
    const lastYear = byHour.get(h - 52 * WEEK_HOURS) ?? byHour.get(h - 104 * WEEK_HOURS);
    if (lastYear !== undefined) return lastYear * growth;
    const fb = fallback?.rps[i];
    if (fb !== undefined) return fb;
    const slot = ((h % WEEK_HOURS) + WEEK_HOURS) % WEEK_HOURS;
    const n = weekCount[slot] ?? 0;
    return n > 0 ? ((weekSum[slot] ?? 0) / n) * growth : 0;
  });
  return { startMs, source, rps };
}
