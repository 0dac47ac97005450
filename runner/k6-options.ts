// From a profile, a scenario and the CLI's scale flags to the k6 options the run uses (pure).
import { formatDuration, parseDuration } from './duration.ts';
import type { ExecutorSpec, Profile, Stage } from './types.ts';

export interface Scale {
  /** Multiplies arrival rates (and the VUs budgeted for them). */
  readonly rateScale: number;
  /** Stretches or shrinks the profile's timeline to this many seconds. */
  readonly durationSeconds: number | null;
}

// `url` and `error` carry raw URLs (with sesskeys) and error texts: never in a run directory. The
// `name` tag identifies the transaction instead.
export const SYSTEM_TAGS = ['proto', 'status', 'method', 'name', 'group', 'check', 'error_code', 'scenario', 'expected_response'] as const;

export function executorSeconds(spec: ExecutorSpec): number {
  switch (spec.executor) {
    case 'ramping-arrival-rate':
    case 'ramping-vus':
      return spec.stages.reduce((sum, s) => sum + (parseDuration(s.duration) ?? 0), 0);
    case 'constant-arrival-rate':
      return parseDuration(spec.duration) ?? 0;
    case 'per-vu-iterations':
      return parseDuration(spec.maxDuration) ?? 0;
  }
}

function scaleStages(stages: readonly Stage[], time: number, rate: number): Stage[] {
  return stages.map((s) => ({ duration: formatDuration((parseDuration(s.duration) ?? 0) * time), target: round(s.target * rate) }));
}

const round = (n: number): number => Math.round(n * 1000) / 1000;
const vus = (n: number, rate: number): number => Math.max(1, Math.ceil(n * Math.max(1, rate)));

/** How much --duration stretches this executor's timeline (1 without --duration). */
export function timeFactor(spec: ExecutorSpec, scale: Scale): number {
  const total = executorSeconds(spec);
  return scale.durationSeconds === null || total === 0 ? 1 : scale.durationSeconds / total;
}

export function scaleExecutor(spec: ExecutorSpec, scale: Scale): ExecutorSpec {
  const time = timeFactor(spec, scale);
  const graceful = spec.gracefulStop === undefined ? {} : { gracefulStop: formatDuration((parseDuration(spec.gracefulStop) ?? 0) * time) };
  return { ...wholeRates(scaleShape(spec, scale, time)), ...graceful };
}

/**
 * k6 takes only whole arrival rates. A scaled rate such as 2.5 per second becomes 150 per minute:
 * the time unit grows 60-fold, so rounding costs at most half an arrival a minute.
 */
export function wholeRates(spec: ExecutorSpec): ExecutorSpec {
  if (spec.executor !== 'ramping-arrival-rate' && spec.executor !== 'constant-arrival-rate') return spec;
  const rates = spec.executor === 'ramping-arrival-rate' ? [spec.startRate, ...spec.stages.map((s) => s.target)] : [spec.rate];
  const factor = rates.every(Number.isInteger) ? 1 : 60;
  const unit = formatDuration((parseDuration(spec.timeUnit) ?? 1) * factor);
  const whole = (n: number): number => Math.round(n * factor);
  if (spec.executor === 'constant-arrival-rate') return { ...spec, rate: whole(spec.rate), timeUnit: unit };
  return { ...spec, startRate: whole(spec.startRate), timeUnit: unit, stages: spec.stages.map((s) => ({ ...s, target: whole(s.target) })) };
}

function scaleShape(spec: ExecutorSpec, scale: Scale, time: number): ExecutorSpec {
  const total = executorSeconds(spec);
  const rate = scale.rateScale;
  switch (spec.executor) {
    case 'ramping-arrival-rate':
      return {
        ...spec,
        startRate: round(spec.startRate * rate),
        preAllocatedVUs: vus(spec.preAllocatedVUs, rate),
        maxVUs: vus(spec.maxVUs, rate),
        stages: scaleStages(spec.stages, time, rate),
      };
    case 'constant-arrival-rate':
      return {
        ...spec,
        rate: round(spec.rate * rate),
        duration: formatDuration(total * time),
        preAllocatedVUs: vus(spec.preAllocatedVUs, rate),
        maxVUs: vus(spec.maxVUs, rate),
      };
    case 'ramping-vus':
      return { ...spec, stages: scaleStages(spec.stages, time, 1) };
    case 'per-vu-iterations':
      return { ...spec, maxDuration: formatDuration(total * time) };
  }
}

/** The k6 options JSON (passed with --config) for one scenario of a profile. */
export function buildK6Options(profile: Profile, scenario: string, scale: Scale): Record<string, unknown> {
  const spec = profile.scenarios[scenario];
  if (spec === undefined) {
    throw new Error(`profile ${profile.name} has no load shape for scenario ${scenario}; it has ${Object.keys(profile.scenarios).join(', ')}`);
  }
  return {
    scenarios: { [scenario]: { ...scaleExecutor(spec, scale), exec: 'default' } },
    thresholds: {
      http_req_failed: [{ threshold: `rate<${profile.slo.maxErrorRate}`, abortOnFail: true, delayAbortEval: '10s' }],
      http_req_duration: [`p(95)<${profile.slo.p95Ms}`],
      checks: [`rate>${1 - profile.slo.maxErrorRate}`],
    },
    // setup() finds the quiz of every tenant once: a few requests per site.
    setupTimeout: '5m',
    systemTags: [...SYSTEM_TAGS],
    summaryTrendStats: ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)', 'count'],
    discardResponseBodies: false,
  };
}
