// Load profiles are data (profiles/<name>.json). Validated once, here, with messages that say what
// is wrong, what was expected and what was found.
import { parseDuration } from './duration.ts';
import type { ExecutorSpec, Profile, Stage } from './types.ts';

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

export function parseProfile(name: string, value: unknown): Profile {
  const where = `profile ${name}`;
  const o = object(value, where);
  const slo = object(o['slo'], `${where}.slo`);
  const think = o['thinkTime'];
  if (!Array.isArray(think) || think.length !== 2 || !think.every((t) => typeof t === 'number' && t >= 0) || (think[0] as number) > (think[1] as number)) {
    fail(`${where}.thinkTime`, '[min, max] seconds with 0 <= min <= max', think);
  }
  const scenarios = object(o['scenarios'], `${where}.scenarios`);
  const parsed: Record<string, ExecutorSpec> = {};
  for (const [scenario, spec] of Object.entries(scenarios)) parsed[scenario] = executor(spec, `${where}.scenarios.${scenario}`);
  const maxErrorRate = num(slo, 'maxErrorRate', `${where}.slo`);
  if (maxErrorRate > 1) fail(`${where}.slo.maxErrorRate`, 'a share between 0 and 1', maxErrorRate);
  return {
    name,
    description: typeof o['description'] === 'string' ? o['description'] : '',
    slo: { p95Ms: num(slo, 'p95Ms', `${where}.slo`, 1), maxErrorRate },
    thinkTime: [think[0] as number, think[1] as number],
    scenarios: parsed,
  };
}
