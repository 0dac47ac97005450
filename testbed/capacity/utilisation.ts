// The CPU-like percentage the testbed publishes as CPUUtilization.

/** busy slot-ms ÷ (workers × period ms) × 100, clamped to 0–100; 0 for an empty period. */
export function utilisationPercent(busySlotMs: number, workers: number, periodMs: number): number {
  if (workers <= 0 || periodMs <= 0) return 0;
  const pct = (busySlotMs / (workers * periodMs)) * 100;
  return Math.min(100, Math.max(0, pct));
}
