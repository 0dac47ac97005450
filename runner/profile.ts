// Load profiles are data (profiles/<name>.json). Validated once, here, with messages that say what
// is wrong, what was expected and what was found.
import { parseDuration } from './duration.ts';
import type { ExecutorSpec, Profile, QuizPace, Stage } from './types.ts';

export class ProfileError extends Error {}

type Json = Record<string, unknown>;

function fail(where: string, expected: string, got: unknown): never {
  throw new ProfileError(`${where}; expected ${expected}, got ${JSON.stringify(got)}`);
}

function object(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'an object', value);
  return value as Json;
}

function num(o: Json, key: string, where: string, min = 0): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min) fail(`${where}.${key}`, `a number >= ${min}`, v);
  return v;
}

function duration(o: Json, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string' || parseDuration(v) === null) fail(`${where}.${key}`, 'a k6 duration such as "30s" or "2m"', v);
  return v;
}

function stages(o: Json, where: string): Stage[] {
  const v = o['stages'];
  if (!Array.isArray(v) || v.length === 0) fail(`${where}.stages`, 'a non-empty list of {duration, target}', v);
  return v.map((s, i) => {
    const stage = object(s, `${where}.stages[${i}]`);
    return { duration: duration(stage, 'duration', `${where}.stages[${i}]`), target: num(stage, 'target', `${where}.stages[${i}]`) };
  });
}

function executor(value: unknown, where: string): ExecutorSpec {
  const o = object(value, where);
  const graceful = o['gracefulStop'] === undefined ? {} : { gracefulStop: duration(o, 'gracefulStop', where) };
  return { ...shape(o, where), ...graceful };
}

function shape(o: Json, where: string): ExecutorSpec {
  switch (o['executor']) {
    case 'ramping-arrival-rate':
      return {
        executor: 'ramping-arrival-rate',
        startRate: num(o, 'startRate', where),
        timeUnit: duration(o, 'timeUnit', where),
        preAllocatedVUs: num(o, 'preAllocatedVUs', where, 1),
        maxVUs: num(o, 'maxVUs', where, 1),
        stages: stages(o, where),
      };
    case 'constant-arrival-rate':
      return {
        executor: 'constant-arrival-rate',
        rate: num(o, 'rate', where),
        timeUnit: duration(o, 'timeUnit', where),
        duration: duration(o, 'duration', where),
        preAllocatedVUs: num(o, 'preAllocatedVUs', where, 1),
        maxVUs: num(o, 'maxVUs', where, 1),
      };
    case 'per-vu-iterations':
      return { executor: 'per-vu-iterations', vus: num(o, 'vus', where, 1), iterations: num(o, 'iterations', where, 1), maxDuration: duration(o, 'maxDuration', where) };
    case 'ramping-vus':
      return { executor: 'ramping-vus', startVUs: num(o, 'startVUs', where), stages: stages(o, where) };
    default:
      return fail(`${where}.executor`, 'one of ramping-arrival-rate, constant-arrival-rate, per-vu-iterations, ramping-vus', o['executor']);
  }
}

function bounds(value: unknown, where: string): [number, number] {
  if (!Array.isArray(value) || value.length !== 2 || !value.every((t) => typeof t === 'number' && t >= 0) || (value[0] as number) > (value[1] as number)) {
    fail(where, '[min, max] seconds with 0 <= min <= max', value);
  }
  return [value[0] as number, value[1] as number];
}

const DEFAULT_QUIZ: QuizPace = { pageSeconds: [30, 90], deadlineSeconds: 0, submitSpreadSeconds: 0 };

function quiz(value: unknown, where: string): QuizPace {
  if (value === undefined) return DEFAULT_QUIZ;
  const o = object(value, where);
  return {
    pageSeconds: o['pageSeconds'] === undefined ? DEFAULT_QUIZ.pageSeconds : bounds(o['pageSeconds'], `${where}.pageSeconds`),
    deadlineSeconds: o['deadlineSeconds'] === undefined ? 0 : num(o, 'deadlineSeconds', where),
    submitSpreadSeconds: o['submitSpreadSeconds'] === undefined ? 0 : num(o, 'submitSpreadSeconds', where),
  };
}

/** The journeys term-start mixes; the scenarios' lib/config.ts knows the same names. */
export const MIX_JOURNEYS = ['login-storm', 'course-browse', 'quiz-exam'] as const;
const DEFAULT_MIX: Readonly<Record<string, number>> = { 'login-storm': 6, 'course-browse': 3, 'quiz-exam': 1 };

function mix(value: unknown, where: string): Record<string, number> {
  if (value === undefined) return { ...DEFAULT_MIX };
  const o = object(value, where);
  const out: Record<string, number> = {};
  for (const [journey, weight] of Object.entries(o)) {
    if (!(MIX_JOURNEYS as readonly string[]).includes(journey)) fail(`${where}.${journey}`, `one of ${MIX_JOURNEYS.join(', ')}`, journey);
    out[journey] = num(o, journey, where);
  }
  if (!Object.values(out).some((w) => w > 0)) fail(where, 'at least one journey with a weight > 0', value);
  return out;
}

export function parseProfile(name: string, value: unknown): Profile {
  const where = `profile ${name}`;
  const o = object(value, where);
  const slo = object(o['slo'], `${where}.slo`);
  const think = bounds(o['thinkTime'], `${where}.thinkTime`);
  const scenarios = object(o['scenarios'], `${where}.scenarios`);
  const parsed: Record<string, ExecutorSpec> = {};
  for (const [scenario, spec] of Object.entries(scenarios)) parsed[scenario] = executor(spec, `${where}.scenarios.${scenario}`);
  const maxErrorRate = num(slo, 'maxErrorRate', `${where}.slo`);
  if (maxErrorRate > 1) fail(`${where}.slo.maxErrorRate`, 'a share between 0 and 1', maxErrorRate);
  return {
    name,
    description: typeof o['description'] === 'string' ? o['description'] : '',
    slo: { p95Ms: num(slo, 'p95Ms', `${where}.slo`, 1), maxErrorRate },
    thinkTime: think,
    scenarios: parsed,
    quiz: quiz(o['quiz'], `${where}.quiz`),
    mix: mix(o['mix'], `${where}.mix`),
  };
}
