// The shared time axis of the timeline charts: a linear scale of seconds since the run started, so
// chart.js needs no date adapter and every chart on the page lines up on the same range.
import type { Analysis } from '../analysis/types.ts';

export interface TimeWindow {
  /** ms since the epoch that x = 0 stands for (the run start). */
  readonly originMs: number;
  readonly minSeconds: number;
  readonly maxSeconds: number;
}

/** Seconds since the run start as m:ss; from an hour up h:mm:ss, where m:ss would read as "75:00". */
export function formatElapsed(seconds: number): string {
  if (!Number.isFinite(seconds)) return '';
  const sign = seconds < 0 ? '-' : '';
  const total = Math.round(Math.abs(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${s}` : `${sign}${m}:${s}`;
}

const STEPS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200, 10800, 21600, 43200, 86400];

/** The smallest round step (in seconds) that keeps the axis to at most `maxTicks` intervals. */
export function tickStep(spanSeconds: number, maxTicks = 8): number {
  const span = Math.max(spanSeconds, 1);
  for (const step of STEPS) {
    if (span / step <= maxTicks) return step;
  }
  return Math.ceil(span / maxTicks / 86400) * 86400;
}

/** Tick positions: the multiples of `step` inside the window, so 0:00 is a tick even when the window
 *  starts a few seconds before the run (chart.js would otherwise count steps from the window's start). */
export function timeTicks(window: TimeWindow, step: number): number[] {
  const ticks: number[] = [];
  // "+ 0" turns the -0 that Math.ceil gives for small negatives into 0.
  for (let v = Math.ceil(window.minSeconds / step) * step + 0; v <= window.maxSeconds + 1e-9; v += step) ticks.push(v);
  return ticks;
}

function finite(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

/** The window every timeline chart shows: from the run start (or the earliest data, if k6 or
 *  CloudWatch bucketed earlier) to the latest of run end, last sample and last period end. */
export function timeWindow(analysis: Analysis): TimeWindow {
  const gridMs = analysis.grid.periodSeconds * 1000;
  const grid = analysis.grid.points.map((p) => p.t);
  const cw = (analysis.cloudwatch?.series ?? []).flatMap((s) => s.points.map((p) => ({ t: p.t, end: p.t + s.periodSeconds * 1000 })));
  const originMs =
    finite([Date.parse(analysis.run.startedAt), analysis.totals.firstSampleMs, ...grid, ...cw.map((p) => p.t)])[0] ?? 0;
  const starts = finite([originMs, ...grid, ...cw.map((p) => p.t)]);
  const ends = finite([
    analysis.run.endedAt === null ? null : Date.parse(analysis.run.endedAt),
    analysis.totals.lastSampleMs,
    ...grid.map((t) => t + gridMs),
    ...cw.map((p) => p.end),
  ]);
  const minSeconds = Math.min(0, (Math.min(...starts) - originMs) / 1000);
  const maxSeconds = Math.max(minSeconds + 1, ...ends.map((t) => (t - originMs) / 1000));
  return { originMs, minSeconds, maxSeconds };
}

/** x of a period-long bucket starting at `tMs`: its midpoint, since the value is a rate over the period. */
export function periodMidpoint(tMs: number, periodSeconds: number, window: TimeWindow): number {
  return (tMs - window.originMs) / 1000 + periodSeconds / 2;
}
