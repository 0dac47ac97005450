// The break-even rule for commitments. Buying the k-th reserved instance costs its effective rate for
// every hour and saves the on-demand rate in the hours that need ≥ k instances, so it pays exactly
// when the share of such hours exceeds u* = effective ÷ on-demand.

/** Hours needing at least k instances, for k = 0 … max (index k). */
export function hoursAtLeast(instancesByHour: readonly number[]): number[] {
  const max = instancesByHour.reduce((m, n) => Math.max(m, n), 0);
  const counts = new Array<number>(max + 2).fill(0);
  for (const n of instancesByHour) counts[Math.max(0, n)] = (counts[Math.max(0, n)] ?? 0) + 1;
  // Suffix sums: atLeast[k] = Σ_{j ≥ k} counts[j].
  for (let k = counts.length - 2; k >= 0; k--) counts[k] = (counts[k] ?? 0) + (counts[k + 1] ?? 0);
  return counts.slice(0, max + 1);
}

export function breakEvenCount(instancesByHour: readonly number[], uStar: number): number {
  const atLeast = hoursAtLeast(instancesByHour);
  const hours = instancesByHour.length;
  let k = 0;
  while (k + 1 < atLeast.length && (atLeast[k + 1] ?? 0) / hours > uStar) k++;
  return k;
}

/** Cost of a year with k commitments: k × effective every hour + on-demand above k. */
export function costWith(instancesByHour: readonly number[], k: number, onDemandHourly: number, effectiveHourly: number): number {
  let onDemandHours = 0;
  for (const n of instancesByHour) onDemandHours += Math.max(0, n - k);
  return k * instancesByHour.length * effectiveHourly + onDemandHours * onDemandHourly;
}
