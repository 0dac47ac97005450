// The utilisation to run instances at: demand may grow by a factor g while new capacity is on its way,
// so capacity must already be g × load, i.e. instances at ≤ 1/g of what they sustain
// (headroom = ramp × (boot + warmup + alarm delay)). Known events are pre-scaled, so only growth
// outside them counts here.
import { inEvent, worstGrowth } from '../demand-series.ts';
import type { DemandSeries, Reasoned } from '../types.ts';
import { pct, secs } from './format.ts';

export const MAX_UTILISATION = 0.85;
export const MIN_UTILISATION = 0.2;

export function headroomUtilisation(series: DemandSeries, reaction: number): Reasoned<number> {
  const growth = worstGrowth(series, reaction, inEvent(series));
  const raw = 1 / growth.factor;
  const u = Math.max(MIN_UTILISATION, Math.min(MAX_UTILISATION, Math.floor(raw * 20) / 20));
  const outside = series.events.length > 0 ? 'Outside the pre-scaled events, demand' : 'Demand';
  const capped = raw > MAX_UTILISATION ? ` (capped at ${pct(MAX_UTILISATION)}: above it p95 rises steeply and one slow instance hurts)` : '';
  return {
    value: u,
    reasoning:
      growth.factor > 1.0001
        ? `${outside} grows at most ×${growth.factor.toFixed(2)} within ${secs(reaction)} (from minute ${growth.atTick}); capacity must already cover that, so instances should run at ≤ 1/${growth.factor.toFixed(2)} = ${pct(raw)} of what they sustain, rounded down to ${pct(u)}${capped}.`
        : `${outside} does not grow faster than the policy reacts; ${pct(u)} keeps a margin for forecast error${capped}.`,
  };
}
