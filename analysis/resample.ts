// A CloudWatch series' value over one grid period, whatever the series' own period: a coarser series
// gives the value of the period that contains the grid period's start; a finer one is combined with
// its statistic (Sum and SampleCount add, Average averages, Maximum / Minimum take the extreme). No
// value is invented: a period without datapoints is null. Cost: O(log n) per lookup.
import type { CloudWatchSeries } from './types.ts';

export type SeriesLookup = (t: number, periodMs: number) => number | null;

export function seriesLookup(series: CloudWatchSeries): SeriesLookup {
  const times = series.points.map((p) => p.t);
  const values = series.points.map((p) => p.v);
  const ownMs = series.periodSeconds * 1000;
  const stat = series.stat.toLowerCase();
  /** Index of the first point with time ≥ t. */
  const lowerBound = (t: number): number => {
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((times[mid] ?? 0) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (t, periodMs) => {
    if (ownMs >= periodMs) {
      // The point whose period contains t.
      const i = lowerBound(t + 1) - 1;
      const pt = times[i];
      return pt !== undefined && t < pt + ownMs ? (values[i] ?? null) : null;
    }
    const from = lowerBound(t);
    const to = lowerBound(t + periodMs);
    if (to <= from) return null;
    const vs = values.slice(from, to);
    if (stat === 'sum' || stat === 'samplecount') return vs.reduce((a, b) => a + b, 0);
    if (stat === 'maximum') return Math.max(...vs);
    if (stat === 'minimum') return Math.min(...vs);
    return vs.reduce((a, b) => a + b, 0) / vs.length;
  };
}
