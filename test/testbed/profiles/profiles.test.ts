// The environment profiles as files: each loads, and the ground truth computed from it names the
// bottleneck the profile was designed to show. Bad files are refused with "where; expected X, got Y".
import { describe, expect, it } from 'vitest';
import { CLIError } from '../../../cli/errors.ts';
import { capacityModel } from '../../../testbed/ground-truth/capacity.ts';
import { environmentProfileNames, loadEnvironmentProfile } from '../../../testbed/profiles/load.ts';
import { parseEnvironmentProfile, ProfileError } from '../../../testbed/profiles/parse.ts';
import { applyOverrides, legacyProfile } from '../../../testbed/profiles/resolve.ts';

describe('environment profiles', () => {
  it('has at least the six designs the issue asks for', () => {
    expect(environmentProfileNames()).toEqual(expect.arrayContaining(['etf-like', 'db-sessions', 'db-bound', 'web-bound', 'flex-like', 'single-server']));
  });

  it.each(environmentProfileNames())('%s: the computed bottleneck is the designed one', (name) => {
    const p = loadEnvironmentProfile(name);
    const c = capacityModel(p, 1, false);
    expect(c.bottleneckAt(p.autoScaling.min).resource).toBe(p.designedBottleneck);
    expect(p.description.length).toBeGreaterThan(40);
  });

  it('etf-like is the seed design: ALB + ASG on CPU alarms, 8-minute boot, memcached sessions, RDS', () => {
    const p = loadEnvironmentProfile('etf-like');
    expect(p.autoScaling).toMatchObject({ min: 2, bootSeconds: 480 });
    expect(p.autoScaling.policy?.type).toBe('step');
    expect(p.sessions?.store).toBe('memcached');
    expect(p.database?.colocated).toBe(false);
  });

  it('db-sessions, db-bound and web-bound differ in what saturates', () => {
    const at = (name: string): string => {
      const p = loadEnvironmentProfile(name);
      const b = capacityModel(p, 1, false).bottleneckAt(p.autoScaling.min);
      return `${b.resource} via ${b.via}`;
    };
    expect(at('db-sessions')).toBe('session-store via db-cpu');
    expect(at('db-bound')).toBe('db-cpu via db-cpu');
    expect(at('web-bound')).toBe('web-cpu via web-cpu');
  });

  it('flex-like: at least two instances, 130 tenants', () => {
    const p = loadEnvironmentProfile('flex-like');
    expect(p.autoScaling.min).toBeGreaterThanOrEqual(2);
    expect(p.tenants.count).toBe(130);
  });

  it('single-server keeps the calibration: login page ~75 req/s, dashboard ~19, ~9 on one session', () => {
    const p = loadEnvironmentProfile('single-server');
    const login = capacityModel({ ...p, mix: { login_page: 1 } }, 1, false);
    const dashboard = capacityModel({ ...p, mix: { dashboard: 1 } }, 1, false);
    expect(Math.abs(login.instance.capacityRps - 75) / 75).toBeLessThan(0.1);
    expect(Math.abs(dashboard.instance.capacityRps - 19) / 19).toBeLessThan(0.1);
    expect(Math.abs(1000 / dashboard.perRequest.residenceMs - 9) / 9).toBeLessThan(0.1);
  });
});

describe('profile validation', () => {
  const valid = {
    description: 'a test profile for the validation tests',
    designedBottleneck: 'web-cpu',
    instance: { type: 't', cores: 2, workers: 8, queueLimit: 16 },
    autoScaling: { min: 1, max: 2, desired: 1 },
    database: { instanceClass: 'db', cores: 2, maxConnections: 100 },
    sessions: { store: 'memcached' },
  };

  it('fills in the defaults: 8-minute boot, ALB health checks, lognormal costs, the login-storm mix', () => {
    const p = parseEnvironmentProfile('t', valid);
    expect(p.autoScaling).toMatchObject({ bootSeconds: 480, warmupSeconds: 60, policy: null });
    expect(p.loadBalancer).toEqual({ healthCheck: { intervalSeconds: 30, healthyThreshold: 5, unhealthyThreshold: 2 }, deregistrationDelaySeconds: 300 });
    expect(p.costs.distribution).toEqual({ kind: 'lognormal', cv: 0.3 });
    expect(p.sessions).toMatchObject({ store: 'memcached', costMs: 0.2, lockTimeoutSeconds: 120 });
    expect(p.mix).toMatchObject({ login_page: 1, ajax: 3 });
    expect(p.timeScale).toBe(1);
  });

  it.each([
    [{ instance: { ...valid.instance, cores: 0 } }, 'profile t: instance.cores; expected an integer ≥ 1, got 0'],
    [{ autoScaling: { min: 2, max: 1 } }, 'profile t: autoScaling.max; expected an integer ≥ 2, got 1'],
    [{ autoScaling: { min: 1, max: 2, desired: 3 } }, 'autoScaling.desired; expected an integer from min (1) to max (2), got 3'],
    [{ sessions: { store: 'redis' } }, 'sessions.store; expected one of database, memcached, got "redis"'],
    [{ database: null, sessions: { store: 'database' } }, 'sessions.store; expected memcached when there is no database'],
    [{ mix: { nosuch: 1 } }, 'mix.nosuch; expected a transaction of the testbed'],
    [{ designedBottleneck: 'cpu' }, 'designedBottleneck; expected one of web-cpu'],
    [{ instanse: {} }, 'instanse; expected one of the keys'],
    [
      { autoScaling: { min: 1, max: 2, policy: { type: 'step', alarms: [{ name: 'x', metric: 'AWS/EC2:CPUUtilization', statistic: 'Average', comparison: 'GreaterThanThreshold', threshold: 1, periodSeconds: 45, evaluationPeriods: 1, steps: [{ lower: 0, upper: null, adjustment: 1 }] }] } } },
      'autoScaling.policy.alarms[0].periodSeconds; expected 10, 20, 30 or a multiple of 60, got 45',
    ],
    [
      { autoScaling: { min: 1, max: 2, policy: { type: 'step', alarms: [{ name: 'x', metric: 'AWS/ApplicationELB:RequestCountPerTarget', statistic: 'Average', comparison: 'GreaterThanThreshold', threshold: 1, steps: [{ lower: 0, upper: null, adjustment: 1 }] }] } } },
      'statistic; expected Sum (the only statistic of AWS/ApplicationELB:RequestCountPerTarget)',
    ],
  ])('refuses %j', (change, message) => {
    expect(() => parseEnvironmentProfile('t', { ...valid, ...change })).toThrow(ProfileError);
    expect(() => parseEnvironmentProfile('t', { ...valid, ...change })).toThrow(message);
  });

  it('names unknown profiles and the ones there are', () => {
    let error: unknown;
    try {
      loadEnvironmentProfile('no-such-profile');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CLIError);
    expect((error as CLIError).message).toMatch(/environment profile "no-such-profile" not found; expected one of .*etf-like/);
  });
});

describe('overrides', () => {
  it('change the profile where given and keep the rest', () => {
    const p = applyOverrides(loadEnvironmentProfile('etf-like'), { workers: 4, minInstances: 3, timeScale: 0.01, sessionLockTimeoutSeconds: 2 });
    expect(p.instance).toMatchObject({ workers: 4, cores: 2, queueLimit: 128 });
    expect(p.autoScaling).toMatchObject({ min: 3, max: 6, desired: 3 });
    expect(p.timeScale).toBe(0.01);
    expect(p.sessions?.lockTimeoutSeconds).toBe(2);
  });

  it('refuse impossible combinations', () => {
    expect(() => applyOverrides(loadEnvironmentProfile('web-bound'), { desiredInstances: 3 })).toThrow(/desiredInstances; expected from 2 to 2, got 3/);
    expect(() => applyOverrides(loadEnvironmentProfile('web-bound'), { timeScale: 0 })).toThrow(/timeScale; expected a number > 0/);
  });

  it('without a profile: the foundation single instance, a core per worker, nothing shared', () => {
    const p = legacyProfile({ workers: 8, queueLimit: 64 });
    expect(p.instance).toMatchObject({ cores: 8, workers: 8, queueLimit: 64 });
    expect(p.autoScaling).toMatchObject({ min: 1, max: 1, policy: null });
    expect([p.database, p.sessions, p.fileSystem]).toEqual([null, null, null]);
  });
});
