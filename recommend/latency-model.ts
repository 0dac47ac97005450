// p95 latency of one instance as a function of its load. Inside the measured range the measured curve
// is interpolated; beyond it a single-queue model takes over: p95(x) = p0 / (1 − x/s), with the
// saturation rate s chosen so that p95 reaches the SLO exactly at the measured sustainable rate.
// Past s the instance cannot keep up: the excess requests time out (counted as errors by the replay).
import type { LatencyPoint } from './types.ts';

/** What a request that waits forever shows as; a finite number keeps JSON and charts sane. */
export const TIMEOUT_MS = 30_000;

export interface LatencyModel {
  /** Requests/s at which one instance saturates (throughput stops growing). */
  readonly saturationRps: number;
  p95At(rpsPerInstance: number): number;
}

export interface LatencyModelInput {
  readonly latencyCurve: readonly LatencyPoint[];
  readonly baseP95Ms: number;
  readonly sloP95Ms: number;
  readonly perInstanceRps: number;
}

/** s such that p0 / (1 − c/s) = SLO; when p0 is already near the SLO, saturation is just above c. */
export function saturationRate(baseP95Ms: number, sloP95Ms: number, perInstanceRps: number): number {
  const ratio = baseP95Ms / sloP95Ms;
  return ratio >= 0.95 ? perInstanceRps * 1.05 : perInstanceRps / (1 - ratio);
}

function queueP95(x: number, p0: number, s: number): number {
  if (x >= s) return TIMEOUT_MS;
  return Math.min(TIMEOUT_MS, p0 / (1 - x / s));
}

/** Sorted by load, p95 made non-decreasing (noise in a run must not make more load look faster). */
function monotone(points: readonly LatencyPoint[]): LatencyPoint[] {
  const sorted = [...points].filter((p) => Number.isFinite(p.rpsPerInstance) && Number.isFinite(p.p95Ms)).sort((a, b) => a.rpsPerInstance - b.rpsPerInstance);
  let max = 0;
  return sorted.map((p) => {
    max = Math.max(max, p.p95Ms);
    return { rpsPerInstance: p.rpsPerInstance, p95Ms: max };
  });
}

export function latencyModel(input: LatencyModelInput): LatencyModel {
  const p0 = Math.max(1, input.baseP95Ms);
  const s = saturationRate(p0, input.sloP95Ms, input.perInstanceRps);
  const curve = monotone(input.latencyCurve);
  const last = curve[curve.length - 1];
  return {
    saturationRps: s,
    p95At(x) {
      if (last === undefined || x > last.rpsPerInstance) {
        if (last === undefined || last.rpsPerInstance >= s) return queueP95(x, p0, s);
        // Continue the measured curve with the queue model's growth from the last measured point.
        return Math.min(TIMEOUT_MS, (last.p95Ms * queueP95(x, p0, s)) / queueP95(last.rpsPerInstance, p0, s));
      }
      let prev: LatencyPoint = { rpsPerInstance: 0, p95Ms: Math.min(p0, curve[0]?.p95Ms ?? p0) };
      for (const p of curve) {
        if (x <= p.rpsPerInstance) {
          const span = p.rpsPerInstance - prev.rpsPerInstance;
          return span <= 0 ? p.p95Ms : prev.p95Ms + ((x - prev.rpsPerInstance) / span) * (p.p95Ms - prev.p95Ms);
        }
        prev = p;
      }
      return last.p95Ms;
    },
  };
}
