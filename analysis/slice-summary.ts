// A GroupStats (the counters of one slice of the run) as the plain SliceSummary of analysis.json.
import { STATUS_CLASS_NAMES, type GroupStats } from './group-stats.ts';
import { latencySummary } from './latency-summary.ts';
import type { SliceSummary, StatusClassCounts } from './types.ts';

export function statusCounts(counts: Float64Array): StatusClassCounts {
  const out: Record<string, number> = {};
  STATUS_CLASS_NAMES.forEach((name, i) => {
    out[name] = counts[i] ?? 0;
  });
  return out as StatusClassCounts;
}

/** `windowSeconds` is the run's sample window, for requests per second. */
export function sliceSummary(name: string, g: GroupStats, windowSeconds: number): SliceSummary {
  return {
    name,
    requests: g.requests,
    failed: g.failed,
    errorRate: g.requests > 0 ? g.failed / g.requests : 0,
    latency: latencySummary(g.latency),
    throughputRps: windowSeconds > 0 ? g.requests / windowSeconds : 0,
    requestsByStatus: statusCounts(g.byStatus),
    failedByStatus: statusCounts(g.failedByStatus),
    iterations: g.iterations,
    droppedIterations: g.droppedIterations,
    iterationDurationMeanMs: g.iterationDurationCount > 0 ? g.iterationDurationSumMs / g.iterationDurationCount : null,
    checksPassed: g.checksPassed,
    checksFailed: g.checksFailed,
    dataSentBytes: g.dataSentBytes,
    dataReceivedBytes: g.dataReceivedBytes,
  };
}
