// Every scenario on the real k6 against the testbed (the ci profile: a few seconds, a few arrivals):
// 0 failed checks, every transaction named, the quiz taken to its review with autosaves on the way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeRun, type RunRequest } from '../../runner/execute-run.ts';
import { findSecrets, passwordsOf } from '../secrets.ts';
import { startTestTestbed, type StartedTestbed } from '../testbed/start.ts';
import { readRun } from './k6-points.ts';
import { ciRun } from './run-request.ts';

let tb: StartedTestbed;
beforeAll(async () => {
  // Autosave every second, so a 1.5–2 s stay on a quiz page (the ci profile) triggers one.
  tb = await startTestTestbed({ users: 30, quizAutosaveSeconds: 1 });
});
afterAll(() => tb.close());

const run = (over: Partial<RunRequest>) => executeRun(ciRun(tb.testbed.url, tb.testbed.usersCsvPath, over));

const QUIZ = ['quiz_view', 'quiz_startattempt', 'quiz_attempt_page', 'quiz_processattempt', 'quiz_autosave', 'quiz_summary', 'quiz_finish', 'quiz_review'];

describe('scenarios on real k6 against the testbed', () => {
  it('smoke walks every transaction once, each under its stable name, with 0 failed checks', async () => {
    const { dir, record } = await run({ scenario: 'smoke' });
    const r = readRun(dir);
    expect(record.status).toBe('completed');
    expect(r.checks.fails).toBe(0);
    expect(r.failuresByKind).toEqual({});
    for (const name of ['login_page', 'login_post', 'login_testsession', 'dashboard', 'my_courses', 'course_view', 'page_view', 'resource_view', 'resource_file', 'forum_view', 'forum_discussion', ...QUIZ, 'logout']) {
      expect(r.requests.get(name), name).toBeGreaterThanOrEqual(1);
    }
    expect([...r.requests.keys()].every((n) => /^[a-z_]+$|^ajax [a-z_]+$/.test(n))).toBe(true); // no raw URLs as names
    expect(findSecrets(dir, passwordsOf(tb.testbed.usersCsvPath))).toEqual([]);
  });

  it('login-storm: every arrival logs in, loads the dashboard and logs out, 0 failed checks', async () => {
    const { dir, record } = await run({ scenario: 'login-storm' });
    const r = readRun(dir);
    expect(record.status).toBe('completed');
    expect(r.checks.fails).toBe(0);
    expect(r.requests.get('login_post')).toBeGreaterThanOrEqual(8);
    expect(r.requests.get('logout')).toBe(r.requests.get('login_post'));
  });

  it('course-browse: learners open courses and their activities, 0 failed checks', async () => {
    const { dir, record } = await run({ scenario: 'course-browse' });
    const r = readRun(dir);
    expect(record.status).toBe('completed');
    expect(r.checks.fails).toBe(0);
    expect(r.requests.get('course_view')).toBeGreaterThanOrEqual(r.requests.get('login_post') ?? 1);
    expect((r.requests.get('page_view') ?? 0) + (r.requests.get('forum_view') ?? 0) + (r.requests.get('quiz_view') ?? 0) + (r.requests.get('resource_view') ?? 0)).toBeGreaterThan(0);
  });

  it('quiz-exam: every student finishes the same quiz near the deadline, autosaving on the way, 0 failed checks', async () => {
    const { dir, record } = await run({ scenario: 'quiz-exam' });
    const r = readRun(dir);
    expect(record.status).toBe('completed');
    expect(r.checks.fails).toBe(0);
    const students = r.requests.get('quiz_startattempt') ?? 0;
    expect(students).toBeGreaterThanOrEqual(8);
    expect(r.requests.get('quiz_finish')).toBe(students);
    expect(r.requests.get('quiz_review')).toBe(students);
    expect(r.requests.get('quiz_autosave')).toBeGreaterThanOrEqual(students);
    // The run lasts until the deadline (12 s after the start) because students wait to submit.
    expect(Date.parse(record.endedAt ?? '') - Date.parse(record.startedAt)).toBeGreaterThan(10_000);
  });

  it('term-start: the weighted mix of the journeys, 0 failed checks', async () => {
    const { dir, record } = await run({ scenario: 'term-start' });
    const r = readRun(dir);
    expect(record.status).toBe('completed');
    expect(r.checks.fails).toBe(0);
    expect(r.requests.get('login_post')).toBeGreaterThanOrEqual(8);
  });
});
