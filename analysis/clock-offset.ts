// The offset between k6's clock and CloudWatch's, found by cross-correlation: for each candidate
// offset d, k6's per-second request counts are summed over the CloudWatch periods shifted by d, and
// Pearson's r with CloudWatch's request count is taken; the best d wins. Per-second k6 buckets give a
// resolution of one second even with one-minute CloudWatch periods (ramps move requests between
// periods). Prefix sums make each candidate O(periods). Cost: O(search/step × periods + seconds).
import { sampleCorrelation } from 'simple-statistics';
import type { Timeline } from './timeline.ts';
import type { ClockOffset, CloudWatchSeries } from './types.ts';

/**
 * An offset is worth acting on when it removes at least half of what zero offset leaves unexplained,
 * 1 − r(d) ≤ ½ (1 − r(0)), the correlation is real (r(d) ≥ 0.5), and it is more than k6's own
 * stamping explains: k6 times a request when it ends, a load balancer counts it when it starts, so
 * CloudWatch looks earlier by about the mean response time L; d must be more than 1 s + L away from −L.
 */
export const SIGNIFICANT_SHARE = 0.5;

export function detectClockOffset(timeline: Timeline, series: CloudWatchSeries, searchSeconds?: number): ClockOffset | null {
  const P = series.periodSeconds;
  const step = timeline.resolutionSeconds;
  const search = Math.round((searchSeconds ?? Math.min(600, Math.max(60, 2 * P))) / step) * step;
  const cw = series.points.filter((p) => Number.isFinite(p.v));
  if (cw.length < 4 || timeline.buckets.size === 0) return null;
  // Per-second (per-resolution-step) requests from search before the first period to search after the last.
  const first = Math.floor(((cw[0]?.t ?? 0) / 1000 - search) / step) * step;
  const last = Math.ceil(((cw[cw.length - 1]?.t ?? 0) / 1000 + P + search) / step) * step;
  const slots = Math.max(1, Math.round((last - first) / step));
  const prefix = new Float64Array(slots + 1);
  for (let i = 0; i < slots; i++) prefix[i + 1] = (prefix[i] ?? 0) + (timeline.buckets.get(first + i * step)?.requests ?? 0);
  const sum = (fromSecond: number, toSecond: number): number => {
    const a = Math.min(slots, Math.max(0, Math.round((fromSecond - first) / step)));
    const b = Math.min(slots, Math.max(0, Math.round((toSecond - first) / step)));
    return (prefix[b] ?? 0) - (prefix[a] ?? 0);
  };
  const ys = cw.map((p) => p.v);
  const correlationAt = (d: number): number => {
    // CloudWatch time = k6 time + d: CloudWatch's period [t, t+P) holds k6's [t−d, t+P−d).
    const xs = cw.map((p) => sum(p.t / 1000 - d, p.t / 1000 + P - d));
    const r = sampleCorrelation(xs, ys);
    return Number.isFinite(r) ? r : -Infinity;
  };
  let best = 0;
  let bestR = correlationAt(0);
  const atZero = bestR;
  for (let d = -search; d <= search; d += step) {
    const r = correlationAt(d);
    if (r > bestR + 1e-12 || (Math.abs(r - bestR) <= 1e-12 && Math.abs(d) < Math.abs(best))) {
      best = d;
      bestR = r;
    }
  }
  if (!Number.isFinite(bestR)) return null;
  let latencySum = 0;
  let latencyCount = 0;
  for (const b of timeline.buckets.values()) {
    latencySum += b.latency.sum;
    latencyCount += b.latency.count;
  }
  const meanLatency = latencyCount > 0 ? latencySum / latencyCount / 1000 : 0;
  const beyondStamping = Math.abs(best + meanLatency) > 1 + meanLatency;
  return {
    seriesId: series.id,
    offsetSeconds: best,
    correlationAtOffset: bestR,
    correlationAtZero: Number.isFinite(atZero) ? atZero : 0,
    searchSeconds: search,
    stepSeconds: step,
    periods: cw.length,
    expectedSeconds: -meanLatency,
    significant: best !== 0 && beyondStamping && bestR >= 0.5 && 1 - bestR <= SIGNIFICANT_SHARE * (1 - (Number.isFinite(atZero) ? atZero : -1)),
  };
}
