// `moodle-capacity discover` against the testbed's web services, and the site file it writes pinning a
// run: the CLI as a user runs it, then the smoke and quiz journeys with --site.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeRun } from '../../runner/execute-run.ts';
import { parseSiteFile, pinnedQuizzes } from '../../scenarios/lib/site-file.ts';
import { runCli } from '../cli/run-cli.ts';
import { loginToken, mcfg, MoodleClient } from '../testbed/moodle-client.ts';
import { startTestTestbed, type StartedTestbed } from '../testbed/start.ts';
import { readRun } from './k6-points.ts';
import { ciRun } from './run-request.ts';
import { findSecrets } from '../secrets.ts';

let tb: StartedTestbed;
let work: string;
beforeAll(async () => {
  tb = await startTestTestbed({ users: 12, quizAutosaveSeconds: 1 }); // ≥ the ci quiz-exam's VUs: no shared accounts
  work = dirname(tb.testbed.usersCsvPath);
  writeFileSync(join(work, 'token'), `${tb.testbed.webServiceToken}\n`);
});
afterAll(() => tb.close());

describe('discover', () => {
  it('writes a site file of the courses, their activities and quizzes from the REST API', async () => {
    const out = join(work, 'site.json');
    const res = await runCli(['discover', '--target', tb.testbed.url, '--token-file', join(work, 'token'), '--out', out], work, 60_000);
    expect(res.stderr).toContain('3 courses');
    expect([res.code, res.stdout.trim()]).toEqual([0, out]);
    const site = parseSiteFile(JSON.parse(readFileSync(out, 'utf8')));
    expect(site.courses.map((c) => c.id)).toEqual([2, 3, 4]);
    expect(pinnedQuizzes(site).map((q) => q.cmid)).toEqual([34, 35, 71]);
    expect(site.courses.find((c) => c.id === 4)?.activities.map((a) => `${a.type}:${a.cmid}`)).toEqual(['page:69', 'forum:70', 'quiz:71']);
    expect(readFileSync(out, 'utf8')).not.toContain(tb.testbed.webServiceToken);
  });

  it('says what is wrong with a bad token, and never takes one on the command line', async () => {
    writeFileSync(join(work, 'bad-token'), 'abcdef0123456789abcdef0123456789');
    const bad = await runCli(['discover', '--target', tb.testbed.url, '--token-file', join(work, 'bad-token'), '--out', join(work, 'x.json')], work, 60_000);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/core_course_get_courses: Moodle said invalidtoken: Invalid token - token not found; check the token/);
    const flag = await runCli(['discover', '--target', tb.testbed.url, '--token', 'x'], work, 60_000);
    expect(flag.code).toBe(2);
  });
});

describe('a run pinned by a site file', () => {
  it('smoke walks the pinned course and quiz (every question type), 0 failed checks', async () => {
    const sitePath = join(work, 'quiz71.json');
    writeFileSync(sitePath, JSON.stringify({ schema: 'moodle-capacity/site@1', courses: [{ id: 4, activities: [{ type: 'quiz', cmid: 71 }] }] }));
    const { dir, record } = await executeRun(ciRun(tb.testbed.url, tb.testbed.usersCsvPath, { scenario: 'smoke', siteFile: sitePath }));
    const r = readRun(dir);
    expect(record.status).toBe('completed');
    expect(r.checks.fails).toBe(0);
    expect(r.requests.get('quiz_processattempt')).toBe(4); // quiz 71 has four pages
    expect(r.requests.get('quiz_preflight')).toBeUndefined(); // not the timed quiz 34
    expect(record.siteFile).toBe(sitePath);
  });

  it("a quiz's password comes from the site file; without it the check fails as quiz_password", async () => {
    const pinned = (password: string | undefined): string => {
      const path = join(work, `quiz35-${password === undefined ? 'none' : password.length}.json`);
      writeFileSync(path, JSON.stringify({ schema: 'moodle-capacity/site@1', courses: [{ id: 3, activities: [{ type: 'quiz', cmid: 35, ...(password === undefined ? {} : { password }) }] }] }));
      return path;
    };
    const ok = await executeRun(ciRun(tb.testbed.url, tb.testbed.usersCsvPath, { scenario: 'smoke', siteFile: pinned('Testbed-quiz-1') }));
    expect(readRun(ok.dir).checks.fails).toBe(0);
    expect(readRun(ok.dir).requests.get('quiz_review')).toBeGreaterThan(0);
    expect(findSecrets(ok.dir, ['Testbed-quiz-1'])).toEqual([]);
    for (const password of [undefined, 'wrong-password']) {
      const { dir } = await executeRun(ciRun(tb.testbed.url, tb.testbed.usersCsvPath, { scenario: 'smoke', siteFile: pinned(password) }));
      expect(readRun(dir).failuresByKind, String(password)).toEqual({ quiz_password: 1 });
    }
  });

  it('a student with an unfinished attempt continues it instead of starting another', async () => {
    const user = tb.users[1] ?? { username: '', password: '' }; // not the user of the test above
    const student = new MoodleClient(tb.testbed.url);
    await student.logIn(user.username, user.password);
    const sesskey = mcfg((await student.get('/my/')).body).sesskey;
    const started = await student.postForm('/mod/quiz/startattempt.php', { cmid: '71', sesskey });
    expect(started.location).toMatch(/attempt\.php\?attempt=\d+&cmid=71$/);
    const only = join(work, 'one-user.csv');
    writeFileSync(only, `username,password\n${user.username},${user.password}\n`);
    const sitePath = join(work, 'quiz71.json');
    const { dir } = await executeRun(ciRun(tb.testbed.url, only, { scenario: 'smoke', siteFile: sitePath }));
    expect(readRun(dir).checks.fails).toBe(0);
    const view = (await student.get('/mod/quiz/view.php?id=71')).body;
    expect(view).toContain('Re-attempt quiz');
    const attempt = /attempt=(\d+)/.exec(started.location ?? '')?.[1];
    expect(view).toContain(`review.php?attempt=${attempt}&amp;cmid=71`); // the attempt that was open is the one finished
    expect(view.match(/<h4 class="card-title my-0">Attempt \d+<\/h4>/g)).toHaveLength(1);
    expect(loginToken((await new MoodleClient(tb.testbed.url).get('/login/index.php')).body)).toMatch(/^[A-Za-z0-9]{32}$/);
  });
});
