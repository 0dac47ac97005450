// Little's law on the load generator: in each loaded period the VUs busy in iterations are
// L = (iterations per second) × (mean iteration duration), which cannot exceed the VUs k6 had. A run is
// invalid as a capacity measurement when k6 dropped iterations (an arrival-rate scenario ran out of
// VUs, so the offered load was lower than planned) or, in an open-model (arrival-rate) run, when every
// allocated VU was busy (the generator was at its limit: it was measuring itself). A closed-model run
// should have L ≈ VUs; much less means VUs idled outside iterations. Cost: O(n).
import type { GridPoint, LittlesLawCheck } from '../types.ts';

export interface GeneratorFacts {
  /** True for arrival-rate executors, false for VU-driven ones, null when unknown. */
  readonly openModel: boolean | null;
  readonly droppedIterations: number;
  /** p95 SLO (ms): drops in periods whose p95 broke it came after the site was overloaded. */
  readonly sloP95Ms: number;
}

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export function littlesLawCheck(points: readonly GridPoint[], periodSeconds: number, facts: GeneratorFacts): LittlesLawCheck {
  const reasons: string[] = [];
  const ratios: number[] = [];
  let atLimit = 0;
  let periods = 0;
  for (const p of points) {
    if (p.iterations <= 0 || p.vusMean === null || p.vusMean <= 0 || p.iterationDurationMeanMs === null) continue;
    periods++;
    const busy = (p.iterations / periodSeconds) * (p.iterationDurationMeanMs / 1000);
    ratios.push(busy / p.vusMean);
    const allocated = p.vusAllocated;
    if (facts.openModel === true && allocated !== null && allocated > 0 && p.vusMax !== null && p.vusMax >= allocated && busy >= 0.9 * allocated) atLimit++;
  }
  const ratio = median(ratios);
  if (facts.droppedIterations > 0) {
    const whileHealthy = points.reduce((n, p) => n + (p.droppedIterations > 0 && (p.p95Ms ?? 0) <= facts.sloP95Ms && p.errorRate < 0.01 ? p.droppedIterations : 0), 0);
    const when =
      whileHealthy === 0
        ? ' (all in periods where the site already broke the SLO: VUs piled up behind slow responses, so the figures below the knee stand)'
        : ` (${whileHealthy} in periods where the site still met the SLO: the generator itself fell short)`;
    reasons.push(`k6 dropped ${facts.droppedIterations} iteration(s)${when}: the load offered was lower than planned (raise maxVUs or use more load generators)`);
  }
  if (atLimit > 0) reasons.push(`in ${atLimit} period(s) every allocated VU was busy: the load generator was at its limit, so throughput and latency describe it rather than the site`);
  if (facts.openModel === false && ratio !== null && ratio < 0.8) {
    reasons.push(`VUs were busy in iterations only ${(ratio * 100).toFixed(0)} % of the time (Little's law: iterations/s × iteration time ÷ VUs): the generator idled or starved between iterations`);
  }
  return { valid: reasons.length === 0, reasons, droppedIterations: facts.droppedIterations, busyRatioMedian: ratio, periodsAtVuLimit: atLimit, periods };
}
