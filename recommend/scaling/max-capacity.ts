// Maximum capacity: the busiest load expected (the replayed peak, or the year's busiest hour from the
// calendar or history when that is higher) plus a margin for forecast error, at the target
// utilisation, on the low end of the measured capacity. A ceiling that stops a runaway (a retry
// storm) from launching without limit, high enough never to be the reason the SLO is missed.
import type { Reasoned } from '../types.ts';
import { pct, rps } from './format.ts';

export const FORECAST_MARGIN = 0.25;

/** The busiest load the group must carry, and where it comes from ("the replayed peak", …). */
export interface ExpectedPeak {
  readonly rps: number;
  readonly what: string;
}

export function maxCapacity(peak: ExpectedPeak, perInstanceAtTarget: number, minCapacity: number, scheduledMax: number): Reasoned<number> {
  const n = Math.max(minCapacity + 1, scheduledMax, Math.ceil(((1 + FORECAST_MARGIN) * peak.rps) / perInstanceAtTarget - 1e-9));
  return {
    value: n,
    reasoning: `The expected peak of ${rps(peak.rps)} (${peak.what}) plus ${pct(FORECAST_MARGIN)} for forecast error, at ${rps(perInstanceAtTarget)} per instance (the target utilisation of the low-end capacity), needs ${n}; a ceiling against runaway scaling that the SLO never runs into.`,
  };
}

/** The higher of the replayed peak and the year's busiest hour (null without a calendar or history). */
export function expectedPeak(replayedPeakRps: number, yearPeak: ExpectedPeak | null): ExpectedPeak {
  return yearPeak !== null && yearPeak.rps > replayedPeakRps ? yearPeak : { rps: replayedPeakRps, what: 'the replayed peak' };
}
