// The month in which a commitment with an upfront payment has paid for itself: cumulative savings of
// the recurring part against on-demand reach the upfront. No upfront: the first month with savings.
const HOURS_PER_MONTH = 730;

export function breakEvenMonth(instancesByHour: readonly number[], k: number, onDemandHourly: number, effectiveHourly: number, upfront: number | undefined, termYears: number): number | null {
  if (k === 0) return null;
  const termHours = termYears * 8760;
  const upfrontTotal = (upfront ?? 0) * k;
  const recurring = effectiveHourly - (upfront ?? 0) / termHours;
  let saved = 0;
  for (let h = 0; h < termHours; h++) {
    const n = instancesByHour[h % instancesByHour.length] ?? 0;
    saved += Math.min(n, k) * onDemandHourly - k * recurring;
    if ((h + 1) % HOURS_PER_MONTH === 0 || h === termHours - 1) {
      if (saved >= upfrontTotal - 1e-9 * Math.max(1, upfrontTotal) && saved > 0) return Math.ceil((h + 1) / HOURS_PER_MONTH);
    }
  }
  return null;
}
