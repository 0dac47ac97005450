// Turning the analysis' time data into chart points and deciding which chart goes on which page.
import type { CloudWatchSeries, GridPoint } from '../analysis/types.ts';
import { chunk } from './paginate.ts';
import { periodMidpoint, type TimeWindow } from './time-axis.ts';

/** A chart point; y = NaN makes chart.js leave a gap instead of drawing through missing data. */
export interface XY {
  readonly x: number;
  readonly y: number;
}

/** CloudWatch charts on the load-and-latency page (under the k6 chart), then per later page. */
export const SERIES_ON_FIRST_PAGE = 3;
export const SERIES_PER_PAGE = 4;

export function seriesPages(series: readonly CloudWatchSeries[]): CloudWatchSeries[][] {
  return chunk(series, SERIES_ON_FIRST_PAGE, SERIES_PER_PAGE);
}

/** "AWS/ApplicationELB/TargetResponseTime/p95 (Seconds)": enough to find the metric in the console. */
export function seriesPath(s: CloudWatchSeries): string {
  const unit = s.unit.trim() === '' || s.unit === 'None' ? '' : ` (${s.unit})`;
  return `${s.namespace}/${s.metricName}/${s.stat}${unit}`;
}

/**
 * Points at the midpoint of their period, with a NaN point wherever a period is missing, so a hole
 * in the data shows as a hole in the line. Samples are sorted; the input order is not trusted.
 */
export function withGaps(
  samples: readonly { readonly t: number; readonly v: number | null }[],
  periodSeconds: number,
  window: TimeWindow,
): XY[] {
  const sorted = [...samples].sort((a, b) => a.t - b.t);
  const out: XY[] = [];
  let prevT: number | null = null;
  for (const s of sorted) {
    if (prevT !== null && s.t - prevT > 1.5 * periodSeconds * 1000) {
      out.push({ x: periodMidpoint(prevT, periodSeconds, window) + periodSeconds, y: Number.NaN });
    }
    out.push({ x: periodMidpoint(s.t, periodSeconds, window), y: s.v ?? Number.NaN });
    prevT = s.t;
  }
  return out;
}

export function cloudWatchPoints(s: CloudWatchSeries, window: TimeWindow): XY[] {
  return withGaps(s.points, s.periodSeconds, window);
}

export function throughputPoints(points: readonly GridPoint[], periodSeconds: number, window: TimeWindow): XY[] {
  return withGaps(points.map((p) => ({ t: p.t, v: p.rps })), periodSeconds, window);
}

export function p95Points(points: readonly GridPoint[], periodSeconds: number, window: TimeWindow): XY[] {
  return withGaps(points.map((p) => ({ t: p.t, v: p.p95Ms })), periodSeconds, window);
}
