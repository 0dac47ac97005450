// The percentage the testbed publishes as CPUUtilization (web, database, cache) and PercentIOLimit.

/** busy unit-ms ÷ (units × period ms) × 100, clamped to 0–100; 0 for an empty period. Units: cores, or 1 for an IO budget. */
export function utilisationPercent(busyMs: number, units: number, periodMs: number): number {
  if (units <= 0 || periodMs <= 0) return 0;
  const pct = (busyMs / (units * periodMs)) * 100;
  return Math.min(100, Math.max(0, pct));
}
