// The replay's view of the platform, from the capacity facts.
import { latencyModel } from './latency-model.ts';
import type { ReplayPlatform } from './replay/types.ts';
import type { CapacityInput } from './types.ts';

/** CloudWatch one-minute datapoints typically reach alarms about a minute after the minute ends. */
export const DEFAULT_METRIC_LAG_SECONDS = 60;

export function replayPlatform(c: CapacityInput, metricLagSeconds = DEFAULT_METRIC_LAG_SECONDS): ReplayPlatform {
  return {
    latency: latencyModel({ latencyCurve: c.latencyCurve, baseP95Ms: c.baseP95Ms, sloP95Ms: c.sloP95Ms.value, perInstanceRps: c.perInstanceRps.value }),
    sloP95Ms: c.sloP95Ms.value,
    cpu: c.cpu,
    bootSeconds: c.bootSeconds.value,
    warmupSeconds: c.warmupSeconds.value,
    metricLagSeconds,
  };
}

/** The same platform with every instance able to take `factor` times the load (a bigger size). */
export function scaledCapacity(c: CapacityInput, factor: number): CapacityInput {
  return {
    ...c,
    perInstanceRps: { ...c.perInstanceRps, value: c.perInstanceRps.value * factor },
    perInstanceRpsLow: c.perInstanceRpsLow * factor,
    perInstanceRpsHigh: c.perInstanceRpsHigh * factor,
    latencyCurve: c.latencyCurve.map((p) => ({ ...p, rpsPerInstance: p.rpsPerInstance * factor })),
    cpu: c.cpu === null ? null : { ...c.cpu, slopePctPerRps: c.cpu.slopePctPerRps / factor },
  };
}
