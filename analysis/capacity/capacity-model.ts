// The capacity model of one run: how many instances, whether the load generator kept up (Little's
// law), the knee by the SLO and by Kneedle, the USL, each resource against throughput and the one that
// saturates first, and from those the sustainable and saturation throughput (site and per instance)
// and the learners one instance carries at the run's scenario mix, each with its uncertainty.
// Pure: every input is plain data. See docs/analysis-schema.md for the methods.
import type { Bottleneck, CapacityModel, CloudWatchSeries, Estimate, GridPoint, Knee, ResourceFit, ResourceName } from '../types.ts';
import { compareWithGroundTruth, type GroundTruthFacts } from './ground-truth.ts';
import { kneedle } from './kneedle.ts';
import { littlesLawCheck } from './littles-law.ts';
import { instanceCount, onUsualInstances } from './instance-count.ts';
import { fitResource } from './resource-fit.ts';
import { MIN_REQUESTS_FOR_P95, sloKnee, type Slo } from './slo-knee.ts';
import { fitUsl } from './usl.ts';

/** The SLO for errors: the knee needs errors under 1 %. */
export const KNEE_MAX_ERROR_RATE = 0.01;
/**
 * Latency that breaks the SLO while the busiest measured resource is under this utilisation (%), and
 * well before (÷ 1.5) any of them would saturate, points at a limit CloudWatch does not measure.
 */
export const UNMEASURED_BELOW_UTILISATION = 60;
/** A resource must follow the load at least this well (Pearson r) to be named the bottleneck. */
export const MIN_CORRELATION = 0.5;

export interface CapacityInput {
  readonly points: readonly GridPoint[];
  readonly periodSeconds: number;
  readonly series: readonly CloudWatchSeries[];
  readonly slo: { readonly p95Ms: number; readonly source: string };
  readonly openModel: boolean | null;
  readonly totals: { readonly requests: number; readonly iterations: number; readonly iterationDurationMeanMs: number | null; readonly droppedIterations: number };
  /** Instances from the environment description, when no metric counts them. */
  readonly instancesHint: number | null;
  readonly sessions: 'database' | 'cache' | 'file' | null;
  readonly groundTruth: GroundTruthFacts | null;
}

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** An estimate divided by a positive number (per instance from site, or the reverse with 1/n). */
function scale(e: Estimate | null, by: number): Estimate | null {
  if (e === null || !(by > 0)) return null;
  return { value: e.value / by, low: e.low / by, high: e.high / by, method: e.method };
}

function pickBottleneck(resources: readonly ResourceFit[]): ResourceFit | null {
  const candidates = resources.filter((r) => r.saturationSiteRps !== null && r.pearson >= MIN_CORRELATION);
  return candidates.sort((a, b) => (a.saturationSiteRps?.value ?? Infinity) - (b.saturationSiteRps?.value ?? Infinity))[0] ?? null;
}

/** The fitted resource that saturates first, with the others as evidence that it is first. */
function measuredBottleneck(fitted: ResourceFit, resources: readonly ResourceFit[], sessions: CapacityInput['sessions']): Bottleneck | null {
  if (fitted.saturationSiteRps === null) return null;
  const others = resources
    .filter((r) => r !== fitted && r.saturationSiteRps !== null)
    .map((r) => `${r.resource} (${r.seriesId}) would saturate later, at ${r.saturationSiteRps?.value.toFixed(1) ?? '?'} req/s`);
  const evidence = [fitted.evidence, ...others];
  if (fitted.resource === 'db-cpu' && sessions === 'database') evidence.push('Sessions are kept in the database: part of this database load is session reads and writes (the session store is the database).');
  return { resource: fitted.resource, seriesId: fitted.seriesId, saturationSiteRps: fitted.saturationSiteRps, evidence };
}

/**
 * Latency broke the SLO well before any measured resource neared its ceiling: the limit is something
 * CloudWatch does not show (PHP-FPM workers, a lock, I/O waits). Null otherwise.
 */
function unmeasuredLimit(knee: Knee | null, loaded: readonly GridPoint[], resources: readonly ResourceFit[], saturation: Estimate | null): Bottleneck | null {
  if (knee === null || knee.firstBreachRps === null || resources.length === 0) return null;
  const at = knee.firstBreachRps;
  const breachPeriods = loaded.filter((p) => p.rps >= at && p.rps <= at * 1.1);
  const busiest = Math.max(...resources.map((r) => Math.max(...breachPeriods.map((p) => p.cloudwatch[r.seriesId] ?? 0))));
  if (busiest >= UNMEASURED_BELOW_UTILISATION || (saturation !== null && saturation.value <= 1.5 * at)) return null;
  return {
    resource: 'web-workers',
    seriesId: '',
    saturationSiteRps: { value: knee.throughputRps, low: knee.throughputRps, high: at, method: 'observed: between the highest period that met the SLO and the first that broke it' },
    evidence: [
      `p95 broke the SLO at ${at.toFixed(1)} req/s (${knee.breachReason ?? ''}) while the busiest measured resource was at ${busiest.toFixed(0)} %: the limit is not a resource CloudWatch measures (PHP-FPM workers, a lock or I/O waits).`,
      ...resources.map((r) => r.evidence),
    ],
  };
}

/** Highest sustainable load: observed when the run broke the SLO, otherwise at least the knee. */
function sustainableLoad(knee: Knee | null, slo: Slo, P: number, saturation: Estimate | null): { estimate: Estimate | null; basis: string; note: string | null } {
  if (knee === null || knee.periodsMeetingSlo === 0) return { estimate: null, basis: 'no period met the SLO', note: null };
  const half = (1.96 * Math.sqrt(knee.throughputRps * P)) / P; // Poisson count error of one period's rate
  const low = Math.max(0, knee.throughputRps - half);
  if (knee.firstBreachRps !== null) {
    return {
      estimate: { value: knee.throughputRps, low, high: knee.firstBreachRps, method: 'observed: the highest period that met the SLO (low: Poisson 95 % bound of its rate; high: the first period above it that broke the SLO)' },
      basis: `observed: p95 ≤ ${slo.p95Ms} ms, errors < ${slo.maxErrorRate * 100} %, no dropped iterations`,
      note: null,
    };
  }
  const high = saturation !== null && saturation.value > knee.throughputRps ? saturation.value : knee.throughputRps + half;
  return {
    estimate: { value: knee.throughputRps, low, high, method: 'the run never broke the SLO: at least the highest load it offered (high: the bottleneck’s saturation point)' },
    basis: 'lower bound: the run never broke the SLO, so the site holds at least this',
    note: `The run never broke the SLO (p95 ≤ ${slo.p95Ms} ms, errors < 1 %): the sustainable throughput is at least ${knee.throughputRps.toFixed(1)} req/s; run a higher load to find the knee.`,
  };
}

/** Learners per instance: each learner makes (requests per iteration) requests per iteration time. */
function learners(perInstance: Estimate, t: CapacityInput['totals']): Estimate | null {
  if (t.iterations <= 0 || t.iterationDurationMeanMs === null || t.requests <= 0) return null;
  const perLearnerRps = t.requests / t.iterations / (t.iterationDurationMeanMs / 1000);
  return {
    value: perInstance.value / perLearnerRps,
    low: perInstance.low / perLearnerRps,
    high: perInstance.high / perLearnerRps,
    method: `per-instance sustainable req/s ÷ ${perLearnerRps.toFixed(3)} req/s per learner (${(t.requests / t.iterations).toFixed(1)} requests per iteration of ${(t.iterationDurationMeanMs / 1000).toFixed(1)} s, think time included)`,
  };
}

export function capacityModel(input: CapacityInput): CapacityModel {
  const notes: string[] = [];
  const P = input.periodSeconds;
  const slo: Slo = { p95Ms: input.slo.p95Ms, maxErrorRate: KNEE_MAX_ERROR_RATE };
  const counter = instanceCount(input.series, input.instancesHint);
  if (!counter.known) notes.push('The number of web instances is unknown (no instance-count metric, no `instances` in the environment description): per-instance figures treat the site as one instance.');
  const instancesAt = (t: number): number => counter.at(t) ?? 1;
  const siteInstances = Math.max(1, Math.round(median(input.points.filter((p) => p.requests > 0).map((p) => instancesAt(p.t))) ?? 1));
  // Periods on the run's usual instance count: a period served by more (after a scale-out) counts
  // for what the usual count would have carried at the same load per instance. Unchanged without scaling.
  const points = input.points.map((p) => {
    const n = instancesAt(p.t);
    return n === siteInstances ? p : { ...p, rps: onUsualInstances(p.rps, n, siteInstances) };
  });
  if (points.some((p, i) => p !== input.points[i] && p.requests > 0)) {
    notes.push(`The instance count changed during the run: the knee and the latency curve put each period on ${siteInstances} instance${siteInstances === 1 ? '' : 's'} (its requests/s × ${siteInstances} ÷ the instances then in service).`);
  }
  const loaded = points.filter((p) => p.requests > 0);

  const loadGenerator = littlesLawCheck(input.points, P, { openModel: input.openModel, droppedIterations: input.totals.droppedIterations, sloP95Ms: slo.p95Ms });
  const knee = sloKnee(points, slo);
  const kneedleResult = kneedle(loaded.filter((p) => p.requests >= MIN_REQUESTS_FOR_P95 && p.p95Ms !== null).map((p) => ({ throughput: p.rps, p95Ms: p.p95Ms ?? 0 })));

  const usl = fitUsl(
    loaded.map((p) => {
      const n = counter.known ? instancesAt(p.t) : 1;
      return { concurrency: p.concurrency / n, throughput: (p.requests - p.failed) / P / n };
    }),
    counter.known ? 'per-instance' : 'site',
  );
  if (usl === null) notes.push('Too few loaded periods (fewer than 6) to fit the Universal Scalability Law.');

  const resources = input.series.flatMap((series) => fitResource({ points: input.points, periodSeconds: P, series, instancesAt, siteInstances }) ?? []);
  const fitted = pickBottleneck(resources);

  let bottleneck = fitted === null ? null : measuredBottleneck(fitted, resources, input.sessions);
  let saturationSite: Estimate | null = bottleneck?.saturationSiteRps ?? null;
  const unmeasured = unmeasuredLimit(knee, loaded, resources, saturationSite);
  if (unmeasured !== null) {
    bottleneck = unmeasured;
    saturationSite = unmeasured.saturationSiteRps;
  }
  if (saturationSite === null && usl !== null && usl.peakThroughputRps !== null) {
    saturationSite = usl.basis === 'per-instance' ? scale(usl.peakThroughputRps, 1 / siteInstances) : usl.peakThroughputRps;
    notes.push('No resource metric rises clearly with load: the saturation throughput is the USL peak instead.');
  }

  const { estimate: sustainable, basis, note } = sustainableLoad(knee, slo, P, saturationSite);
  if (note !== null) notes.push(note);
  const perInstance = scale(sustainable, siteInstances);
  const saturationPerInstance = scale(saturationSite, siteInstances);

  const learnersPerInstance = perInstance === null ? null : learners(perInstance, input.totals);
  const invalidReasons = loadGenerator.reasons;
  if (invalidReasons.length > 0) notes.push('The load generator did not deliver the planned load: the throughput figures are lower bounds for the site, not its capacity.');

  const bottleneckName: ResourceName | null = bottleneck?.resource ?? null;
  return {
    slo: { p95Ms: slo.p95Ms, maxErrorRate: slo.maxErrorRate, source: input.slo.source },
    valid: invalidReasons.length === 0,
    invalidReasons,
    loadGenerator,
    instances: { count: loaded.length > 0 ? siteInstances : null, source: counter.source },
    knee,
    kneedle: kneedleResult,
    usl,
    resources,
    bottleneck,
    maxSustainableRps: { site: sustainable, perInstance, basis },
    saturationRps: { site: saturationSite, perInstance: saturationPerInstance },
    learnersPerInstance,
    groundTruth: input.groundTruth === null ? null : compareWithGroundTruth(input.groundTruth, { perInstanceRps: saturationPerInstance?.value ?? null, bottleneck: bottleneckName }),
    notes,
  };
}
