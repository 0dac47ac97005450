// Minimum capacity: N+1 at the baseline, never fewer than 2, and enough that losing the availability
// zone holding the most instances still leaves the baseline served.
import type { Reasoned } from '../types.ts';
import { rps } from './format.ts';

/** Instances left after losing one of `azs` zones when `n` are spread evenly (the biggest zone goes). */
export function afterAzLoss(n: number, azs: number): number {
  return azs <= 1 ? 0 : n - Math.ceil(n / azs);
}

export function minCapacity(baselineRps: number, planningRpsPerInstance: number, azs: number): Reasoned<number> {
  const need = Math.max(1, Math.ceil(baselineRps / planningRpsPerInstance - 1e-9));
  let n = Math.max(2, need + 1);
  if (azs > 1) while (afterAzLoss(n, azs) < need) n++;
  const azText =
    azs > 1
      ? `with ${n} instances spread over ${azs} zones, losing one zone leaves ${afterAzLoss(n, azs)}, still enough for the baseline`
      : 'a single availability zone cannot survive losing it; use at least two';
  return {
    value: n,
    reasoning: `The baseline of ${rps(baselineRps)} needs ${need} instance${need === 1 ? '' : 's'} at ${rps(planningRpsPerInstance)} each (the low end of the measured capacity); N+1 makes ${Math.max(2, need + 1)}, never fewer than 2; ${azText}.`,
  };
}
