import type { Histogram } from './histogram.ts';
import type { LatencySummary } from './types.ts';

export function latencySummary(h: Histogram): LatencySummary {
  const empty = h.count === 0;
  return {
    count: h.count,
    minMs: empty ? null : h.min,
    maxMs: empty ? null : h.max,
    meanMs: h.mean(),
    p50Ms: h.quantile(0.5),
    p90Ms: h.quantile(0.9),
    p95Ms: h.quantile(0.95),
    p99Ms: h.quantile(0.99),
  };
}
