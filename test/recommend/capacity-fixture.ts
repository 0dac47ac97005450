// A platform for the rules' tests: 20 requests/s per instance (18 at the low end), p95 200 ms idle and
// 1500 ms SLO, boot 180 s + warmup 90 s, two zones, 20 requests/s baseline.
import type { CapacityInput, FactSource, Sourced } from '../../recommend/types.ts';

const s = <T>(value: T, source: FactSource = 'facts file'): Sourced<T> => ({ value, source, note: 'test' });

export function capacity(over: Partial<CapacityInput> = {}): CapacityInput {
  return {
    perInstanceRps: s(20, 'measured'),
    perInstanceRpsLow: 18,
    perInstanceRpsHigh: 22,
    latencyCurve: [],
    baseP95Ms: 200,
    sloP95Ms: s(1500),
    cpu: null,
    bootSeconds: s(180),
    warmupSeconds: s(90),
    azCount: s(2),
    baselineRps: s(20),
    rpsPerLearner: 0.1,
    bottleneck: null,
    knee: null,
    usl: null,
    instancesUnderTest: 1,
    instanceType: s('m6a.xlarge'),
    ...over,
  };
}
