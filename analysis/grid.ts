// Puts k6's per-second buckets and CloudWatch's periods on one grid of period-aligned points. k6
// buckets are merged (histograms merge), never averaged.
import { Bucket } from './aggregate.ts';
import type { CloudWatchSeries, GridPoint } from './types.ts';

/** Grid period when no CloudWatch period is given: fine for short runs, coarse for long ones. */
export function defaultPeriodSeconds(runSeconds: number): number {
  if (runSeconds <= 15 * 60) return 10;
  if (runSeconds <= 3 * 3600) return 60;
  return 300;
}

export function buildGrid(
  seconds: ReadonlyMap<number, Bucket>,
  series: readonly CloudWatchSeries[],
  periodSeconds: number,
  window: { readonly startMs: number; readonly endMs: number },
): GridPoint[] {
  const p = periodSeconds * 1000;
  const start = Math.floor(window.startMs / p) * p;
  const end = Math.ceil((window.endMs + 1) / p) * p;
  const merged = new Map<number, Bucket>();
  for (const [second, bucket] of seconds) {
    const t = Math.floor((second * 1000) / p) * p;
    let target = merged.get(t);
    if (target === undefined) {
      target = new Bucket();
      merged.set(t, target);
    }
    target.merge(bucket);
  }
  const lookup = series.map((s) => ({ id: s.id, byTime: new Map(s.points.map((pt) => [pt.t, pt.v])) }));
  const points: GridPoint[] = [];
  for (let t = start; t < end; t += p) {
    const b = merged.get(t);
    const cloudwatch: Record<string, number | null> = {};
    for (const s of lookup) cloudwatch[s.id] = s.byTime.get(t) ?? null;
    points.push({
      t,
      requests: b?.requests ?? 0,
      failed: b?.failed ?? 0,
      rps: (b?.requests ?? 0) / periodSeconds,
      errorRate: b !== undefined && b.requests > 0 ? b.failed / b.requests : 0,
      p95Ms: b?.latency.quantile(0.95) ?? null,
      vusMax: b === undefined ? null : b.vusMax,
      cloudwatch,
    });
  }
  return points;
}
