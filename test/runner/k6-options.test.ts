import { describe, expect, it } from 'vitest';
import { buildK6Options, scaleExecutor, SYSTEM_TAGS } from '../../runner/k6-options.ts';
import { parseProfile } from '../../runner/profile.ts';
import { loadProfile, profileNames } from '../../runner/profiles.ts';
import type { ExecutorSpec } from '../../runner/types.ts';

const ramp: ExecutorSpec = {
  executor: 'ramping-arrival-rate',
  startRate: 2,
  timeUnit: '1s',
  preAllocatedVUs: 10,
  maxVUs: 50,
  stages: [{ duration: '1m', target: 10 }, { duration: '2m', target: 20 }],
};

describe('scaleExecutor', () => {
  it('multiplies arrival rates and the VUs budgeted for them', () => {
    const scaled = scaleExecutor(ramp, { rateScale: 2.5, durationSeconds: null });
    expect(scaled).toMatchObject({ startRate: 5, preAllocatedVUs: 25, maxVUs: 125, stages: [{ duration: '1m', target: 25 }, { duration: '2m', target: 50 }] });
  });
  it("stretches the timeline to --duration, keeping the stages' proportions", () => {
    const scaled = scaleExecutor(ramp, { rateScale: 1, durationSeconds: 90 });
    expect(scaled).toMatchObject({ stages: [{ duration: '30s', target: 10 }, { duration: '1m', target: 20 }] });
  });
});

describe('buildK6Options', () => {
  const profile = loadProfile('demo');
  it('makes an open-model login storm with an aborting error-rate threshold', () => {
    const options = buildK6Options(profile, 'login-storm', { rateScale: 1, durationSeconds: null }) as {
      scenarios: Record<string, { executor: string; exec: string }>;
      thresholds: Record<string, unknown[]>;
      systemTags: string[];
    };
    expect(options.scenarios['login-storm']).toMatchObject({ executor: 'ramping-arrival-rate', exec: 'default' });
    expect(options.thresholds['http_req_failed']).toEqual([{ threshold: `rate<${profile.slo.maxErrorRate}`, abortOnFail: true, delayAbortEval: '10s' }]);
    expect(options.thresholds['http_req_duration']).toEqual([`p(95)<${profile.slo.p95Ms}`]);
  });
  it('never records raw URLs or error texts (they carry sesskeys)', () => {
    expect(SYSTEM_TAGS).not.toContain('url');
    expect(SYSTEM_TAGS).not.toContain('error');
    expect(SYSTEM_TAGS).toContain('name');
  });
  it('names the scenarios a profile has when asked for one it lacks', () => {
    expect(() => buildK6Options(profile, 'quiz-exam', { rateScale: 1, durationSeconds: null })).toThrow(/has no load shape for scenario quiz-exam; it has smoke, login-storm/);
  });
});

describe('profiles', () => {
  it('every shipped profile validates and has a smoke and a login-storm shape', () => {
    expect(profileNames().length).toBeGreaterThan(1);
    for (const name of profileNames()) {
      const p = loadProfile(name);
      expect(Object.keys(p.scenarios)).toEqual(expect.arrayContaining(['smoke', 'login-storm']));
    }
  });
  it('explains what is wrong: what, expected, got', () => {
    const good = { slo: { p95Ms: 1000, maxErrorRate: 0.01 }, thinkTime: [1, 2], scenarios: { s: { executor: 'per-vu-iterations', vus: 1, iterations: 1, maxDuration: '1m' } } };
    expect(() => parseProfile('p', { ...good, slo: { p95Ms: 1000, maxErrorRate: 5 } })).toThrow('profile p.slo.maxErrorRate; expected a share between 0 and 1, got 5');
    expect(() => parseProfile('p', { ...good, thinkTime: [5, 1] })).toThrow(/thinkTime; expected \[min, max\]/);
    expect(() => parseProfile('p', { ...good, scenarios: { s: { executor: 'externally-controlled' } } })).toThrow(/scenarios\.s\.executor; expected one of/);
    expect(() => parseProfile('p', { ...good, scenarios: { s: { executor: 'per-vu-iterations', vus: 1, iterations: 1, maxDuration: 'soon' } } })).toThrow(
      'profile p.scenarios.s.maxDuration; expected a k6 duration such as "30s" or "2m", got "soon"',
    );
  });
});
