// A peak profile (linear ramps, k6-stage style) expanded into one demand value per tick, with the
// labelled stages turned into event windows for scheduled pre-scaling.
import type { DemandSeries, PeakProfile } from './types.ts';

/** Demand at the middle of each tick, so a ramp's average over the tick is what the tick sees. */
export function expandProfile(profile: PeakProfile, tickSeconds = 60): DemandSeries {
  const rps: number[] = [];
  const events: { label: string; start: number; end: number }[] = [];
  const perMinute = 60 / tickSeconds;
  let from = profile.startRps;
  for (const stage of profile.stages) {
    const ticks = Math.max(0, Math.round(stage.minutes * perMinute));
    const start = rps.length;
    for (let i = 0; i < ticks; i++) rps.push(from + ((stage.toRps - from) * (i + 0.5)) / ticks);
    if (stage.event !== undefined && ticks > 0) {
      const previous = events[events.length - 1];
      // Consecutive stages of one event (ramp, then hold) form one window.
      if (previous !== undefined && previous.label === stage.event && previous.end === start) previous.end = rps.length;
      else events.push({ label: stage.event, start, end: rps.length });
    }
    from = stage.toRps;
  }
  return { label: profile.label, tickSeconds, rps, events };
}

export function peakOf(series: DemandSeries): number {
  return series.rps.reduce((m, v) => Math.max(m, v), 0);
}

/**
 * The steepest relative growth over any window of `seconds`: max over t of d(s)/d(t) for s in (t, t+w].
 * Ticks for which `skip` is true (pre-scaled events) are neither a start nor a look-ahead point.
 */
export function worstGrowth(series: DemandSeries, seconds: number, skip: (tick: number) => boolean = () => false): { factor: number; atTick: number } {
  const w = Math.max(1, Math.ceil(seconds / series.tickSeconds));
  let best = { factor: 1, atTick: 0 };
  for (let t = 0; t + 1 < series.rps.length; t++) {
    const base = series.rps[t] ?? 0;
    if (base <= 0 || skip(t)) continue;
    let ahead = base;
    for (let k = 1; k <= w && t + k < series.rps.length; k++) if (!skip(t + k)) ahead = Math.max(ahead, series.rps[t + k] ?? 0);
    if (ahead / base > best.factor) best = { factor: ahead / base, atTick: t };
  }
  return best;
}

export function inEvent(series: DemandSeries): (tick: number) => boolean {
  return (tick) => series.events.some((e) => tick >= e.start && tick < e.end);
}
