// One resource against throughput by the utilisation law, U = U₀ + D·X (D the service demand per
// request): an OLS line through the periods of the run, with Pearson's r and Spearman's ρ (from
// simple-statistics) as evidence that the resource follows the load. Where the line reaches the
// resource's ceiling (100 % CPU) is the throughput it saturates at, X_sat = (C − U₀)/D, with a
// delta-method 95 % interval from the covariance of U₀ and D. The web tier's CPU is an average over
// instances, so it is fitted against per-instance throughput; shared tiers against site throughput.
// Cost: O(n log n) (the ranks).
import { sampleCorrelation, sampleRankCorrelation } from 'simple-statistics';
import { ols } from '../stats/ols.ts';
import { tQuantile } from '../stats/student-t.ts';
import type { CloudWatchSeries, Estimate, GridPoint, LinearFit, MetricRole, ResourceFit, ResourceName } from '../types.ts';

export const RESOURCE_OF: Readonly<Partial<Record<MetricRole, { readonly resource: ResourceName; readonly basis: 'per-instance' | 'site'; readonly ceiling: number }>>> = {
  web_cpu: { resource: 'web-cpu', basis: 'per-instance', ceiling: 100 },
  db_cpu: { resource: 'db-cpu', basis: 'site', ceiling: 100 },
  session_cpu: { resource: 'session-store', basis: 'site', ceiling: 100 },
  fs_io: { resource: 'file-system', basis: 'site', ceiling: 100 },
};

/** Fewer periods than this and a line means little. */
export const MIN_PERIODS = 5;

/** X at which a + b·X = ceiling, with its delta-method interval (null unless the slope is clearly positive). */
export function saturation(fit: LinearFit, ceiling: number, scale: number): Estimate | null {
  const { intercept: a, slope: b } = fit;
  if (!(fit.slopeLow > 0) || !(b > 0)) return null;
  const x = (ceiling - a) / b;
  const da = -1 / b;
  const db = -(ceiling - a) / (b * b);
  const variance = da * da * fit.interceptStdError ** 2 + db * db * fit.slopeStdError ** 2 + 2 * da * db * fit.covariance;
  const se = Math.sqrt(Math.max(variance, 0));
  const t = tQuantile(0.975, fit.n - 2);
  return {
    value: x * scale,
    low: Math.max(0, (x - t * se) * scale),
    high: (x + t * se) * scale,
    method: `utilisation law U = U₀ + D·X fitted by OLS over ${fit.n} periods; X where U reaches ${ceiling}; delta-method 95 % CI`,
  };
}

export interface ResourceFitInput {
  readonly points: readonly GridPoint[];
  readonly periodSeconds: number;
  readonly series: CloudWatchSeries;
  /** Web instances in service for a period (null = unknown). */
  readonly instancesAt: (t: number) => number | null;
  /** Instances to scale a per-instance saturation to the site. */
  readonly siteInstances: number;
}

export function fitResource(input: ResourceFitInput): ResourceFit | null {
  const role = input.series.role;
  const kind = role === null ? undefined : RESOURCE_OF[role];
  if (role === null || kind === undefined) return null;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const p of input.points) {
    const u = p.cloudwatch[input.series.id];
    const goodput = (p.requests - p.failed) / input.periodSeconds;
    if (u === null || u === undefined || goodput <= 0) continue;
    const instances = kind.basis === 'per-instance' ? input.instancesAt(p.t) : 1;
    if (instances === null || instances <= 0) continue;
    xs.push(goodput / instances);
    ys.push(u);
  }
  if (xs.length < MIN_PERIODS) return null;
  const fit = ols(xs, ys);
  if (fit === null) return null;
  const pearson = sampleCorrelation(xs, ys);
  const spearman = sampleRankCorrelation(xs, ys);
  const siteScale = kind.basis === 'per-instance' ? input.siteInstances : 1;
  const sat = saturation(fit, kind.ceiling, siteScale);
  const maxObserved = Math.max(...ys);
  const unit = kind.basis === 'per-instance' ? 'req/s per instance' : 'req/s';
  const evidence =
    `${input.series.id} = ${fit.intercept.toFixed(1)} + ${fit.slope.toFixed(3)} × (${unit}) ` +
    `(slope 95 % CI ${fit.slopeLow.toFixed(3)} … ${fit.slopeHigh.toFixed(3)}, R² ${fit.rSquared.toFixed(2)}, Pearson r ${pearson.toFixed(2)}, Spearman ρ ${spearman.toFixed(2)}, n ${fit.n}); ` +
    `highest seen ${maxObserved.toFixed(0)} of ${kind.ceiling}` +
    (sat === null ? '; no clear rise with load, so no saturation point' : `; reaches ${kind.ceiling} at ${sat.value.toFixed(1)} req/s for the site (95 % CI ${sat.low.toFixed(1)} … ${sat.high.toFixed(1)})`);
  return {
    resource: kind.resource,
    role,
    seriesId: input.series.id,
    label: input.series.label,
    throughputBasis: kind.basis,
    ceiling: kind.ceiling,
    fit,
    pearson,
    spearman,
    maxObserved,
    observed: xs.map((x, i) => ({ x, y: ys[i] ?? 0 })),
    saturationSiteRps: sat,
    evidence,
  };
}
