// Maximum capacity: the profile's peak plus a margin for forecast error, at the target utilisation,
// on the low end of the measured capacity. A ceiling that stops a runaway (a retry storm) from
// launching without limit, high enough never to be the reason the SLO is missed.
import type { Reasoned } from '../types.ts';
import { pct, rps } from './format.ts';

export const FORECAST_MARGIN = 0.25;

export function maxCapacity(peakRps: number, perInstanceAtTarget: number, minCapacity: number, scheduledMax: number): Reasoned<number> {
  const n = Math.max(minCapacity + 1, scheduledMax, Math.ceil(((1 + FORECAST_MARGIN) * peakRps) / perInstanceAtTarget - 1e-9));
  return {
    value: n,
    reasoning: `The expected peak of ${rps(peakRps)} plus ${pct(FORECAST_MARGIN)} for forecast error, at ${rps(perInstanceAtTarget)} per instance (the target utilisation of the low-end capacity), needs ${n}; a ceiling against runaway scaling that the SLO never runs into.`,
  };
}
