// Puts k6's time buckets and CloudWatch's periods on one grid of period-aligned points. k6 buckets are
// merged (histograms merge, counts add), never averaged. Cost: O(buckets + periods × series).
import { TimeBucket } from './group-stats.ts';
import { latencySummary } from './latency-summary.ts';
import { seriesLookup } from './resample.ts';
import { statusCounts } from './slice-summary.ts';
import type { Timeline } from './timeline.ts';
import type { CloudWatchSeries, GridPoint } from './types.ts';

/** Grid period when no CloudWatch period is given: fine for short runs, coarse for long ones. */
export function defaultPeriodSeconds(runSeconds: number): number {
  if (runSeconds <= 15 * 60) return 10;
  if (runSeconds <= 3 * 3600) return 60;
  return 300;
}

/** The smallest multiple of the timeline's resolution that is ≥ the wanted period. */
export function gridPeriodSeconds(wanted: number, resolutionSeconds: number): number {
  return Math.max(resolutionSeconds, Math.ceil(wanted / resolutionSeconds) * resolutionSeconds);
}

/** k6 buckets merged into periods of `periodSeconds`, keyed by period start (ms). */
export function periodBuckets(timeline: Timeline, periodSeconds: number): Map<number, TimeBucket> {
  const p = periodSeconds * 1000;
  const merged = new Map<number, TimeBucket>();
  for (const [second, bucket] of timeline.buckets) {
    const t = Math.floor((second * 1000) / p) * p;
    let target = merged.get(t);
    if (target === undefined) {
      target = new TimeBucket();
      merged.set(t, target);
    }
    target.mergeTime(bucket);
  }
  return merged;
}

export function buildGrid(
  timeline: Timeline,
  series: readonly CloudWatchSeries[],
  periodSeconds: number,
  window: { readonly startMs: number; readonly endMs: number },
  instancesAt: (t: number) => number | null = () => null,
): GridPoint[] {
  const p = periodSeconds * 1000;
  const start = Math.floor(window.startMs / p) * p;
  const end = Math.ceil((window.endMs + 1) / p) * p;
  const merged = periodBuckets(timeline, periodSeconds);
  const lookups = series.map((s) => ({ id: s.id, at: seriesLookup(s) }));
  const points: GridPoint[] = [];
  for (let t = start; t < end; t += p) {
    const b = merged.get(t) ?? new TimeBucket();
    const cloudwatch: Record<string, number | null> = {};
    for (const s of lookups) cloudwatch[s.id] = s.at(t, p);
    const latency = latencySummary(b.latency);
    points.push({
      t,
      requests: b.requests,
      failed: b.failed,
      rps: b.requests / periodSeconds,
      errorRate: b.requests > 0 ? b.failed / b.requests : 0,
      failedByStatus: statusCounts(b.failedByStatus),
      p95Ms: latency.p95Ms,
      meanLatencyMs: latency.meanMs,
      vusMax: b.vusSeconds > 0 ? b.vusPeak : null,
      vusMean: b.vusSeconds > 0 ? b.vusSum / b.vusSeconds : null,
      vusAllocated: b.vusAllocatedPeak > 0 ? b.vusAllocatedPeak : null,
      instances: instancesAt(t),
      concurrency: b.latency.sum / p,
      iterations: b.iterations,
      iterationDurationMeanMs: b.iterationDurationCount > 0 ? b.iterationDurationSumMs / b.iterationDurationCount : null,
      droppedIterations: b.droppedIterations,
      checksFailed: b.checksFailed,
      dataReceivedBytes: b.dataReceivedBytes,
      dataSentBytes: b.dataSentBytes,
      cloudwatch,
    });
  }
  return points;
}
