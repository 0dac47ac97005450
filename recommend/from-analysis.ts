// The one adapter between the analyzer's output and the rules: analysis.json (+ facts, + flags) →
// CapacityInput. Measured values come from analysis.capacity when the analyzer produced a capacity
// model, else from the time grid (highest period rate with p95 under the SLO and < 1 % errors);
// facts and flags override; what nobody provides is assumed, and marked so.
import type { Analysis, GridPoint } from '../analysis/types.ts';
import { CLIError } from '../cli/errors.ts';
import type { Facts } from './facts.ts';
import type { CapacityInput, CpuFit, FactSource, LatencyPoint, Sourced } from './types.ts';

export const DEFAULTS = {
  sloP95Ms: 1500,
  bootSeconds: 180,
  warmupSeconds: 120,
  azCount: 2,
  instanceType: 'm6a.xlarge',
  region: 'us-east-1',
  /** Without an interval from the analyzer, the band is taken as ±15 %. */
  band: 0.15,
} as const;

const RESOURCE_WORDS: Readonly<Record<string, string>> = {
  'web-cpu': 'web CPU',
  'web-workers': 'web (PHP-FPM) workers',
  'db-cpu': 'database CPU',
  'db-connections': 'database connections',
  'session-store': 'session store',
  'file-system': 'shared file system',
};

function sourced<T>(value: T, source: FactSource, note: string): Sourced<T> {
  return { value, source, note };
}

/** A fact from the flags/facts, else measured, else assumed. */
function pick<T>(fact: T | undefined, factSource: FactSource, measured: Sourced<T> | null, assumed: T, assumedNote: string): Sourced<T> {
  if (fact !== undefined) return sourced(fact, factSource, factSource === 'flag' ? 'given on the command line' : 'given in the facts file');
  return measured ?? sourced(assumed, 'assumed', assumedNote);
}

function loaded(points: readonly GridPoint[]): GridPoint[] {
  return points.filter((p) => p.requests > 0 && p.p95Ms !== null);
}

function gridCapacity(points: readonly GridPoint[], slo: number, instancesOf: (p: GridPoint) => number): number | null {
  const ok = loaded(points).filter((p) => (p.p95Ms ?? Infinity) <= slo && p.errorRate < 0.01);
  return ok.length === 0 ? null : Math.max(...ok.map((p) => p.rps / instancesOf(p)));
}

function webCpu(a: Analysis, instances: number): CpuFit | null {
  const r = a.capacity?.resources.find((x) => x.resource === 'web-cpu');
  if (r === undefined) return null;
  const perInstanceSlope = r.throughputBasis === 'per-instance' ? r.fit.slope : r.fit.slope * instances;
  return { interceptPct: r.fit.intercept, slopePctPerRps: perInstanceSlope, r2: r.fit.rSquared };
}

export interface AdapterInput {
  readonly analysis: Analysis;
  /** From the facts file. */
  readonly facts: Facts;
  /** From command-line flags (win over the facts file). */
  readonly flags: Facts;
}

export function capacityFromAnalysis({ analysis: a, facts, flags }: AdapterInput): { capacity: CapacityInput; region: string } {
  const f: Facts = { ...facts, ...flags };
  const src = (key: keyof Facts): FactSource => (flags[key] !== undefined ? 'flag' : 'facts file');
  const cap = a.capacity ?? null;

  const instances = f.instancesUnderTest ?? cap?.instances.count ?? 1;
  const slo = pick(f.sloP95Ms, src('sloP95Ms'), cap === null ? null : sourced(cap.slo.p95Ms, 'measured', `the run's SLO (${cap.slo.source})`), DEFAULTS.sloP95Ms, `no SLO given; assumed p95 ≤ ${DEFAULTS.sloP95Ms} ms`);

  const est = cap?.maxSustainableRps.perInstance ?? null;
  // Each period by the instances then in service (unless given): a run that scaled out stays per instance.
  const instancesOf = (p: GridPoint): number => f.instancesUnderTest ?? p.instances ?? instances;
  const fromGrid = gridCapacity(a.grid.points, slo.value, instancesOf);
  const measured =
    est !== null
      ? sourced(est.value, 'measured', `${cap?.maxSustainableRps.basis ?? 'analyzer'}; ${est.method}`)
      : fromGrid !== null
        ? sourced(fromGrid, 'measured', `highest period rate per instance in service with p95 ≤ ${slo.value} ms and < 1 % errors`)
        : null;
  if (f.perInstanceRps === undefined && measured === null) {
    throw new CLIError('USAGE', 'the analysis has no period with p95 under the SLO and < 1 % errors, so the capacity per instance is unknown; pass --per-instance-rps N (or perInstanceRps in --facts)');
  }
  const perInstanceRps = pick(f.perInstanceRps, src('perInstanceRps'), measured, 0, '');
  const c = perInstanceRps.value;
  const bandLow = est !== null && f.perInstanceRps === undefined ? est.low : c * (1 - DEFAULTS.band);
  const bandHigh = est !== null && f.perInstanceRps === undefined ? est.high : c * (1 + DEFAULTS.band);

  const curve: LatencyPoint[] = loaded(a.grid.points).map((p) => ({ rpsPerInstance: p.rps / instancesOf(p), p95Ms: p.p95Ms ?? 0 }));
  const lowLoad = [...curve].sort((x, y) => x.rpsPerInstance - y.rpsPerInstance).slice(0, Math.max(1, Math.ceil(curve.length / 5)));
  const baseP95 = f.baseP95Ms ?? (lowLoad.length > 0 ? Math.min(...lowLoad.map((p) => p.p95Ms)) : slo.value / 5);

  const bottleneck =
    f.bottleneck !== undefined
      ? sourced(f.bottleneck, src('bottleneck'), src('bottleneck') === 'flag' ? 'given on the command line' : 'given in the facts file')
      : cap?.bottleneck
        ? sourced(RESOURCE_WORDS[cap.bottleneck.resource] ?? cap.bottleneck.resource, 'measured', cap.bottleneck.evidence[0] ?? 'the resource that saturates first')
        : null;
  const learners = cap?.learnersPerInstance ?? null;
  const knee = cap?.knee ?? null;
  const usl = cap?.usl ?? null;

  const capacity: CapacityInput = {
    perInstanceRps,
    perInstanceRpsLow: f.perInstanceRpsLow ?? bandLow,
    perInstanceRpsHigh: f.perInstanceRpsHigh ?? bandHigh,
    latencyCurve: f.perInstanceRps === undefined ? curve : [],
    baseP95Ms: baseP95,
    sloP95Ms: slo,
    cpu: webCpu(a, instances),
    bootSeconds: pick(f.bootSeconds, src('bootSeconds'), null, DEFAULTS.bootSeconds, `not measured; assumed ${DEFAULTS.bootSeconds} s from launch to InService`),
    warmupSeconds: pick(f.warmupSeconds, src('warmupSeconds'), null, DEFAULTS.warmupSeconds, `not measured; assumed ${DEFAULTS.warmupSeconds} s for caches and OPcache to warm`),
    azCount: pick(f.azCount, src('azCount'), null, DEFAULTS.azCount, `not given; assumed ${DEFAULTS.azCount} availability zones`),
    baselineRps: pick(f.baselineRps, src('baselineRps'), null, c, 'not given; assumed equal to one instance’s capacity'),
    rpsPerLearner: f.rpsPerLearner ?? (learners !== null && learners.value > 0 ? c / learners.value : null),
    bottleneck,
    knee: knee === null ? null : { rpsPerInstance: knee.throughputRps / instances, p95Ms: knee.p95Ms ?? slo.value },
    usl: usl === null ? null : { lambda: usl.lambda.value, sigma: usl.sigma.value, kappa: usl.kappa.value },
    instancesUnderTest: instances,
    instanceType: pick(f.instanceType, src('instanceType'), null, DEFAULTS.instanceType, `not given; assumed ${DEFAULTS.instanceType} (the price file's fullest entry)`),
  };
  return { capacity, region: f.region ?? DEFAULTS.region };
}
