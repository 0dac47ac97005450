// The profile a testbed runs: a named or given profile with the caller's overrides, or, with no
// profile, the foundation's single instance (W worker slots, one core each, no database or cache),
// so existing callers keep the behaviour they were written for.
import { CLIError } from '../../cli/errors.ts';
import type { TestbedOptions } from '../types.ts';
import { loadEnvironmentProfile } from './load.ts';
import { LOGIN_STORM_MIX } from './parse.ts';
import type { EnvironmentProfile, ProfileOverrides } from './types.ts';

export const LEGACY_PROFILE_NAME = 'single-instance';

export function resolveProfile(options: TestbedOptions): EnvironmentProfile {
  const base = options.profile === undefined ? legacyProfile(options) : typeof options.profile === 'string' ? loadEnvironmentProfile(options.profile) : options.profile;
  return applyOverrides(base, options.overrides ?? {});
}

/** The foundation's model: the whole service time is work on a slot of its own. */
export function legacyProfile(options: Pick<TestbedOptions, 'workers' | 'queueLimit'>): EnvironmentProfile {
  return {
    name: LEGACY_PROFILE_NAME,
    description: 'One instance: W worker slots each with a core of its own, a bounded queue, no database or session store.',
    designedBottleneck: 'web-cpu',
    instance: { type: 'testbed', cores: options.workers, workers: options.workers, queueLimit: options.queueLimit },
    loadBalancer: { healthCheck: { intervalSeconds: 30, healthyThreshold: 5, unhealthyThreshold: 2 }, deregistrationDelaySeconds: 300 },
    autoScaling: { min: 1, max: 1, desired: 1, bootSeconds: 480, warmupSeconds: 60, policy: null },
    database: null,
    sessions: null,
    fileSystem: null,
    costs: { cpuScale: 1, dbScale: 0, ioScale: 0, distribution: { kind: 'lognormal', cv: 0.3 }, transactions: {} },
    tenants: { count: 1, cpuOverhead: 1 },
    mix: LOGIN_STORM_MIX,
    timeScale: 1,
  };
}

export function applyOverrides(p: EnvironmentProfile, o: ProfileOverrides): EnvironmentProfile {
  const fail = (what: string, expected: string, got: unknown): never => {
    throw new CLIError('TESTBED', `testbed: ${what}; expected ${expected}, got ${JSON.stringify(got)}`);
  };
  const int = (v: number | undefined, what: string, min: number): void => {
    if (v !== undefined && (!Number.isInteger(v) || v < min)) fail(what, `an integer ≥ ${min}`, v);
  };
  int(o.workers, 'workers', 1);
  int(o.queueLimit, 'queueLimit', 0);
  int(o.cores, 'cores', 1);
  int(o.minInstances, 'minInstances', 1);
  int(o.maxInstances, 'maxInstances', 1);
  int(o.desiredInstances, 'desiredInstances', 1);
  if (o.timeScale !== undefined && !(o.timeScale > 0 && Number.isFinite(o.timeScale))) fail('timeScale', 'a number > 0 (0.01 = boot and alarms 100× faster)', o.timeScale);
  if (o.sessionLockTimeoutSeconds !== undefined && !(o.sessionLockTimeoutSeconds > 0)) fail('sessionLockTimeoutSeconds', 'a number > 0', o.sessionLockTimeoutSeconds);
  const a = p.autoScaling;
  const min = o.minInstances ?? a.min;
  const max = o.maxInstances ?? Math.max(a.max, min);
  const desired = o.desiredInstances ?? Math.min(max, Math.max(min, a.desired));
  if (max < min) fail('maxInstances', `≥ the minimum (${min})`, max);
  if (desired < min || desired > max) fail('desiredInstances', `from ${min} to ${max}`, desired);
  return {
    ...p,
    instance: { ...p.instance, workers: o.workers ?? p.instance.workers, queueLimit: o.queueLimit ?? p.instance.queueLimit, cores: o.cores ?? p.instance.cores },
    autoScaling: { ...a, min, max, desired },
    sessions: p.sessions === null || o.sessionLockTimeoutSeconds === undefined ? p.sessions : { ...p.sessions, lockTimeoutSeconds: o.sessionLockTimeoutSeconds },
    timeScale: o.timeScale ?? p.timeScale,
  };
}
