// The few numbers the cover and the executive summary lead with, from the recommendation when there is
// one, else from the analyzer's capacity model, else n/a (never made up).
import type { ReportInput } from './report-input.ts';

export interface HeadlineFacts {
  readonly perInstanceRps: number | null;
  readonly siteRps: number | null;
  readonly instancesUnderTest: number | null;
  readonly learnersPerInstance: number | null;
  readonly breaksFirst: string | null;
  readonly sloP95Ms: number | null;
  readonly instanceType: string | null;
  /** The run never broke the SLO: perInstanceRps is what it offered, the platform holds at least that. */
  readonly lowerBound: boolean;
  /** Where the bottleneck resource reaches 100 % per instance (utilisation law), when fitted. */
  readonly saturationPerInstanceRps: number | null;
  /** Fewest and most instances in service over the loaded periods, when the run scaled; else null. */
  readonly scaledBetween: { readonly min: number; readonly max: number } | null;
}

function scaledBetween(points: ReportInput['analysis']['grid']['points']): HeadlineFacts['scaledBetween'] {
  const counts = points.flatMap((p) => (p.requests > 0 && p.instances !== null ? [Math.round(p.instances)] : []));
  if (counts.length === 0) return null;
  const min = Math.min(...counts);
  const max = Math.max(...counts);
  return min === max ? null : { min, max };
}

export function headlineFacts({ analysis: a, recommendation: r }: ReportInput): HeadlineFacts {
  const cap = a.capacity ?? null;
  const bound = {
    lowerBound: cap?.maxSustainableRps.basis.startsWith('lower bound') ?? false,
    saturationPerInstanceRps: cap?.saturationRps.perInstance?.value ?? null,
    scaledBetween: scaledBetween(a.grid.points),
  };
  if (r !== null) {
    return {
      ...bound,
      perInstanceRps: r.summary.perInstanceRps,
      siteRps: r.summary.testedSiteRps,
      instancesUnderTest: r.capacity.instancesUnderTest,
      learnersPerInstance: r.summary.learnersPerInstance,
      breaksFirst: r.capacity.bottleneck?.value ?? null,
      sloP95Ms: r.capacity.sloP95Ms.value,
      instanceType: r.capacity.instanceType.value,
    };
  }
  return {
    ...bound,
    perInstanceRps: cap?.maxSustainableRps.perInstance?.value ?? null,
    siteRps: cap?.maxSustainableRps.site?.value ?? null,
    instancesUnderTest: cap?.instances.count ?? null,
    learnersPerInstance: cap?.learnersPerInstance?.value ?? null,
    breaksFirst: cap?.bottleneck?.resource ?? null,
    sloP95Ms: cap?.slo.p95Ms ?? null,
    instanceType: null,
  };
}
