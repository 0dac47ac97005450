// The knee by the SLO: the highest throughput of a period that met it (p95 under the SLO, errors under
// the limit, no dropped iterations), and the lowest throughput above that which broke it, so the true
// knee lies between the two. Periods with too few requests for a p95 are left out. Cost: O(n).
import type { GridPoint, Knee } from '../types.ts';

export interface Slo {
  readonly p95Ms: number;
  readonly maxErrorRate: number;
}

/** Fewer requests than this in a period and its p95 is noise. */
export const MIN_REQUESTS_FOR_P95 = 20;

export function breach(p: GridPoint, slo: Slo): string | null {
  if (p.droppedIterations > 0) return `${p.droppedIterations} dropped iteration(s)`;
  if (p.errorRate >= slo.maxErrorRate) return `errors ${(p.errorRate * 100).toFixed(2)} % ≥ ${(slo.maxErrorRate * 100).toFixed(2)} %`;
  if (p.p95Ms !== null && p.p95Ms > slo.p95Ms) return `p95 ${p.p95Ms.toFixed(0)} ms > ${slo.p95Ms} ms`;
  return null;
}

export function sloKnee(points: readonly GridPoint[], slo: Slo): Knee | null {
  const loaded = points.filter((p) => p.requests >= MIN_REQUESTS_FOR_P95);
  if (loaded.length === 0) return null;
  const meeting = loaded.filter((p) => breach(p, slo) === null);
  const best = meeting.reduce<GridPoint | null>((a, p) => (a === null || p.rps > a.rps ? p : a), null);
  const floor = best?.rps ?? 0;
  const breaches = loaded.filter((p) => breach(p, slo) !== null && p.rps > floor).sort((a, b) => a.rps - b.rps);
  const first = breaches[0] ?? null;
  if (best === null) {
    return {
      throughputRps: 0,
      p95Ms: null,
      errorRate: 0,
      firstBreachRps: first?.rps ?? null,
      breachReason: first === null ? null : breach(first, slo),
      periodsMeetingSlo: 0,
      periodsWithLoad: loaded.length,
    };
  }
  return {
    throughputRps: best.rps,
    p95Ms: best.p95Ms,
    errorRate: best.errorRate,
    firstBreachRps: first?.rps ?? null,
    breachReason: first === null ? null : breach(first, slo),
    periodsMeetingSlo: meeting.length,
    periodsWithLoad: loaded.length,
  };
}
