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
    expect(() => buildK6Options(profile, 'dance', { rateScale: 1, durationSeconds: null })).toThrow(/has no load shape for scenario dance; it has smoke, login-storm, course-browse, quiz-exam, term-start/);
  });
  it('keeps a gracefulStop (long exams finish) and stretches it with the timeline', () => {
    const exam = buildK6Options(profile, 'quiz-exam', { rateScale: 1, durationSeconds: 40 }) as { scenarios: Record<string, { gracefulStop?: string; duration?: string }> };
    expect(exam.scenarios['quiz-exam']).toMatchObject({ duration: '40s', gracefulStop: '4m' });
  });
});

describe('profiles', () => {
  it('every shipped profile validates and has a shape for every scenario', async () => {
    const { scenarioEntries } = await import('../../bundler/bundle.ts');
    const scenarios = (await scenarioEntries()).map((f) => f.replace(/^.*\/|\.ts$/g, ''));
    expect(scenarios).toEqual(expect.arrayContaining(['smoke', 'login-storm', 'course-browse', 'quiz-exam', 'term-start']));
    expect(profileNames()).toEqual(expect.arrayContaining(['ci', 'demo', 'term-start']));
    for (const name of ['ci', 'demo', 'term-start']) {
      const p = loadProfile(name);
      expect(Object.keys(p.scenarios).sort(), name).toEqual([...scenarios].sort());
      // An exam lasts past its start window: the shapes that run quizzes give it time to finish.
      expect(p.scenarios['quiz-exam']?.gracefulStop, name).toBeDefined();
    }
  });
  it('reads the quiz pace and the term-start mix, with defaults', () => {
    const base = { slo: { p95Ms: 1000, maxErrorRate: 0.01 }, thinkTime: [1, 2], scenarios: {} };
    expect(parseProfile('p', base)).toMatchObject({ quiz: { pageSeconds: [30, 90], deadlineSeconds: 0, submitSpreadSeconds: 0 }, mix: { 'login-storm': 6, 'course-browse': 3, 'quiz-exam': 1 } });
    expect(parseProfile('p', { ...base, quiz: { pageSeconds: [1, 2], deadlineSeconds: 60 }, mix: { 'quiz-exam': 1 } })).toMatchObject({ quiz: { pageSeconds: [1, 2], deadlineSeconds: 60 }, mix: { 'quiz-exam': 1 } });
    expect(() => parseProfile('p', { ...base, quiz: { pageSeconds: [9, 1] } })).toThrow(/profile p\.quiz\.pageSeconds; expected \[min, max\]/);
    expect(() => parseProfile('p', { ...base, mix: { dance: 1 } })).toThrow('profile p.mix.dance; expected one of login-storm, course-browse, quiz-exam, got "dance"');
    expect(() => parseProfile('p', { ...base, mix: { 'quiz-exam': 0 } })).toThrow(/profile p\.mix; expected at least one journey with a weight > 0/);
    expect(() => parseProfile('p', { ...base, scenarios: { s: { executor: 'per-vu-iterations', vus: 1, iterations: 1, maxDuration: '1m', gracefulStop: 'later' } } })).toThrow(/scenarios\.s\.gracefulStop; expected a k6 duration/);
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

describe('wholeRates', () => {
  it('turns fractional arrival rates into whole rates per minute, which k6 accepts', () => {
    const scaled = scaleExecutor(ramp, { rateScale: 0.25, durationSeconds: null });
    expect(scaled).toMatchObject({ startRate: 30, timeUnit: '1m', stages: [{ duration: '1m', target: 150 }, { duration: '2m', target: 300 }] });
  });
  it('leaves whole rates per second alone', () => {
    expect(scaleExecutor(ramp, { rateScale: 2, durationSeconds: null })).toMatchObject({ startRate: 4, timeUnit: '1s' });
  });
});
