// The testbed's quiz, driven with the scenarios' own page readers (the ones tested against the
// captured Moodle pages): if they read the testbed the way they read Moodle, the markers match.
import { beforeEach, describe, expect, it } from 'vitest';
import { autosaveFailure, classifyPage } from '../../../scenarios/lib/classify.ts';
import { extractSesskey } from '../../../scenarios/lib/extract.ts';
import { finishAttemptForm, preflightForm, reviewSummary, startAttemptForm } from '../../../scenarios/lib/quiz-forms.ts';
import { attemptSubmission, chooseAnswer, parseAttemptPage, type AttemptPage } from '../../../scenarios/lib/quiz-page.ts';
import { inProcessSite, WWW, type AppClient, type InProcessSite } from '../app-client.ts';
import { title } from '../moodle-client.ts';
import { capture } from '../../reference.ts';

let tb: InProcessSite;
let student: AppClient;
beforeEach(() => {
  tb = inProcessSite({ quizAutosaveSeconds: 7 });
  student = tb.client();
  student.logIn(tb.users[0] ?? { username: '', password: '' });
});

function start(client: AppClient, cmid = 71): string {
  const form = startAttemptForm(client.get(`/mod/quiz/view.php?id=${cmid}`).body);
  if (form === null) throw new Error('no start form');
  const res = client.postForm(form.action, form.fields);
  expect(res.status).toBe(303);
  return res.location ?? '';
}

function page(client: AppClient, url: string): AttemptPage {
  const res = client.get(url);
  expect(classifyPage(res.status, res.location ?? '', res.body, WWW)).toBeNull();
  const parsed = parseAttemptPage(res.body);
  if (parsed === null) throw new Error(`not an attempt page: ${url}`);
  return parsed;
}

describe('a whole attempt on the testbed, read with the scenario readers', () => {
  it('view → start → every page answered → summary → finish → review (Finished, every question graded)', () => {
    expect(title(student.get('/mod/quiz/view.php?id=71').body)).toBe('quizcourse: Load test quiz | testbed');
    let url = start(student);
    expect(url).toMatch(new RegExp(`^${WWW}/mod/quiz/attempt\\.php\\?attempt=\\d+&cmid=71$`));
    const seen: string[] = [];
    for (let n = 0; n < 10; n++) {
      const p = page(student, url);
      expect(p.autosaveSeconds).toBe(7);
      expect(p.action).toBe(`${WWW}/mod/quiz/processattempt.php?cmid=71`);
      seen.push(...p.questions.map((q) => q.qtype));
      expect(p.questions[0]?.usageId).not.toBe(p.attemptId); // read it from the page, never assume
      const answers = p.questions.flatMap((q) => chooseAnswer(q, Math.random));
      const res = student.postForm(p.action, attemptSubmission(p, answers, p.nextButton));
      expect(res.status).toBe(303);
      url = res.location ?? '';
      if (url.includes('/summary.php')) break;
      expect(url).toContain('/mod/quiz/attempt.php');
    }
    expect(seen).toEqual(['truefalse', 'multichoice', 'shortanswer', 'truefalse', 'multichoice', 'numerical', 'essay']);
    const summary = student.get(url);
    expect(title(summary.body)).toBe('Load test quiz: Attempt summary | testbed');
    expect(summary.body.match(/Answer saved/g)).toHaveLength(6); // the essay is left blank
    const finish = finishAttemptForm(summary.body);
    expect([...(finish?.fields.keys() ?? [])]).toEqual(['attempt', 'finishattempt', 'timeup', 'slots', 'cmid', 'sesskey']);
    const done = student.postForm(finish?.action ?? '', finish?.fields ?? new Map());
    expect(done.location).toMatch(/\/mod\/quiz\/review\.php\?attempt=\d+&cmid=71$/);
    const review = student.get(done.location ?? '');
    expect(reviewSummary(review.body)[0]).toEqual(['Status', 'Finished']);
    expect(title(review.body)).toBe('Load test quiz: Attempt review | testbed');
    expect([...review.body.matchAll(/class="que \w+ deferredfeedback (\w+)"/g)].map((m) => m[1]).every((s) => ['correct', 'incorrect', 'notanswered'].includes(s ?? ''))).toBe(true);
    expect(student.get('/mod/quiz/view.php?id=71').body).toContain('Re-attempt quiz');
  });

  it('grades the answers Moodle would: the right choice by its text, whatever the shuffle', () => {
    const p = page(student, start(student));
    const prime = p.questions.find((q) => q.qtype === 'multichoice');
    const seven = /id="(q\d+:\d+_answer(\d))_label"[^>]*><span class="answernumber">[a-d]\. <\/span><div class="flex-fill ms-1">7<\/div>/.exec(student.get(`/mod/quiz/attempt.php?attempt=${p.attemptId}&cmid=71`).body);
    expect(prime).toBeDefined();
    const answers: [string, string][] = [[`q${prime?.usageId}:1_answer`, '1'], [`q${prime?.usageId}:2_answer`, seven?.[2] ?? 'x']];
    const res = student.postForm(p.action, attemptSubmission(p, answers, p.nextButton));
    expect(res.status).toBe(303);
    const summaryUrl = `${WWW}/mod/quiz/summary.php?attempt=${p.attemptId}&cmid=71`;
    const finish = finishAttemptForm(student.get(summaryUrl).body);
    const review = student.get(student.postForm(finish?.action ?? '', finish?.fields ?? new Map()).location ?? '');
    expect(reviewSummary(review.body).find(([k]) => k === 'Marks')?.[1]).toBe('2.00/7.00');
  });

  it('autosave keeps the answers and the sequencecheck; the next submission from the page still goes through', () => {
    const p = page(student, start(student));
    const answers = p.questions.flatMap((q) => chooseAnswer(q, Math.random));
    const saved = student.postForm('/mod/quiz/autosave.ajax.php', attemptSubmission(p, answers, null));
    expect(saved.body).toBe('{"status":"OK"}');
    expect(autosaveFailure(saved.status, saved.body)).toBeNull();
    const again = page(student, `${WWW}/mod/quiz/attempt.php?attempt=${p.attemptId}&cmid=71`);
    expect([...again.fields].filter(([k]) => k.endsWith(':sequencecheck'))).toEqual([...p.fields].filter(([k]) => k.endsWith(':sequencecheck')));
    for (const [name, value] of answers) expect(again.fields.get(name)).toBe(value);
    expect(student.postForm(p.action, attemptSubmission(p, answers, p.nextButton)).status).toBe(303);
  });

  it('a student with an unfinished attempt is sent back into it, on the page they left', () => {
    const first = page(student, start(student));
    student.postForm(first.action, attemptSubmission(first, [], first.nextButton));
    expect(student.get('/mod/quiz/view.php?id=71').body).toContain('Continue your attempt');
    const again = start(student);
    expect(again).toBe(`${WWW}/mod/quiz/attempt.php?attempt=${first.attemptId}&cmid=71&page=1`);
    expect(page(student, again).thisPage).toBe(1);
  });

  it('shows the pre-flight form first for a quiz with an access check, then starts', () => {
    const form = startAttemptForm(student.get('/mod/quiz/view.php?id=34').body);
    const res = student.postForm(form?.action ?? '', form?.fields ?? new Map());
    expect(res.status).toBe(200);
    const preflight = preflightForm(res.body);
    expect(preflight?.needsPassword).toBe(false);
    expect(preflight?.fields.get('cmid')).toBe('34');
    const started = student.postForm(preflight?.action ?? '', preflight?.fields ?? new Map());
    expect(started.location).toMatch(/\/mod\/quiz\/attempt\.php\?attempt=\d+&cmid=34$/);
  });
});

describe('attempt page markers shared with the captured Moodle 5.0 page', () => {
  // Field names and tags with the ids and hosts taken out: what is left must be the same.
  const shape = (html: string): string[] => {
    const form = /<form[^>]*id="responseform">/.exec(html)?.[0] ?? '';
    const names = [...html.matchAll(/<input type="(hidden|radio|checkbox|text|submit)" name="([^"]+)"/g)].map((m) => `${m[1]} ${(m[2] ?? '').replace(/^q\d+:\d+_/, 'q:_')}`);
    return [form.replace(/https?:\/\/[^/]+/, 'W').replace(/cmid=\d+/, 'cmid=N'), ...new Set(names)].sort();
  };

  it('page 1: the same form tag, the same kinds of fields under the same names', () => {
    const ours = student.get(start(student)).body;
    expect(shape(ours)).toEqual(shape(capture('quiz/03-get-attempt-page0.html')));
    for (const marker of [/<div id="question-\d+-1" class="que truefalse deferredfeedback notyetanswered">/, /M\.mod_quiz\.autosave\.init\("\d+"\)/, /<a class="endtestlink aalink" href="[^"]*\/mod\/quiz\/summary\.php\?attempt=\d+&amp;cmid=71">Finish attempt \.\.\.<\/a>/]) {
      expect(ours).toMatch(marker);
      expect(capture('quiz/03-get-attempt-page0.html')).toMatch(marker);
    }
  });
});

describe('a quiz with a password', () => {
  it('asks for it in the pre-flight form, shows the form again for a wrong one, starts with the right one', () => {
    const form = startAttemptForm(student.get('/mod/quiz/view.php?id=35').body);
    const first = preflightForm(student.postForm(form?.action ?? '', form?.fields ?? new Map()).body);
    expect(first?.needsPassword).toBe(true);
    const wrong = new Map(first?.fields ?? []);
    wrong.set('quizpassword', 'nope');
    const again = student.postForm(first?.action ?? '', wrong);
    expect([again.status, preflightForm(again.body)?.needsPassword]).toEqual([200, true]);
    expect(again.body).toContain('The password entered was incorrect');
    const right = new Map(first?.fields ?? []);
    right.set('quizpassword', 'Testbed-quiz-1');
    expect(student.postForm(first?.action ?? '', right).location).toMatch(/\/mod\/quiz\/attempt\.php\?attempt=\d+&cmid=35$/);
  });
});

describe("the quiz's error behaviour, as Moodle's", () => {
  it('a wrong sesskey on processattempt is the 404 invalidsesskey page', () => {
    const p = page(student, start(student));
    const form = attemptSubmission(p, [], p.nextButton);
    form.set('sesskey', 'WRONGSESSKEY');
    const res = student.postForm(p.action, form);
    expect(res.status).toBe(404);
    expect(title(res.body)).toBe('Error | testbed');
    expect(classifyPage(res.status, '', res.body, WWW)).toBe('invalid_sesskey');
  });

  it("another student's attempt is 'This is not your attempt!'", () => {
    const url = start(student);
    const other = tb.client();
    other.logIn(tb.users[1] ?? { username: '', password: '' });
    const res = other.get(url);
    expect(res.status).toBe(404);
    expect(res.body).toContain('This is not your attempt!');
    expect(classifyPage(res.status, '', res.body, WWW)).toBe('moodle_error');
    const saved = other.postForm('/mod/quiz/autosave.ajax.php', { attempt: String(parseAttemptPage(student.get(url).body)?.attemptId), sesskey: extractSesskey(other.get('/my/').body) ?? '', slots: '' });
    expect(autosaveFailure(saved.status, saved.body)).toBe('ajax_error');
  });

  it('a stale sequencecheck is refused as out of sequence', () => {
    const p = page(student, start(student));
    const answers = p.questions.flatMap((q) => chooseAnswer(q, Math.random));
    expect(student.postForm(p.action, attemptSubmission(p, answers, null)).status).toBe(303); // saved, stays on the page
    const stale = student.postForm(p.action, attemptSubmission(p, answers.map(([n]) => [n, '0']), p.nextButton));
    expect(stale.body).toContain('out of the normal sequence');
  });

  it('a finished attempt can be reviewed, and its attempt and summary pages lead there', () => {
    const url = start(student);
    const id = parseAttemptPage(student.get(url).body)?.attemptId ?? 0;
    const finish = finishAttemptForm(student.get(`/mod/quiz/summary.php?attempt=${id}&cmid=71`).body);
    student.postForm(finish?.action ?? '', finish?.fields ?? new Map());
    const review = `${WWW}/mod/quiz/review.php?attempt=${id}&cmid=71`;
    expect(student.get(url).location).toBe(review);
    expect(student.get(`/mod/quiz/summary.php?attempt=${id}&cmid=71`).location).toBe(review);
    expect(reviewSummary(student.get(review).body)[0]).toEqual(['Status', 'Finished']);
    const late = student.postForm('/mod/quiz/autosave.ajax.php', { attempt: String(id), sesskey: extractSesskey(student.get('/my/').body) ?? '', slots: '' });
    expect(late.body).toContain('"errorcode":"attemptalreadyclosed"');
  });

  it('an expired session is sent to the login page, pages and autosave alike', () => {
    const url = start(student);
    const p = page(student, url);
    tb.site.sessions.destroy(student.sessionId ?? ''); // as when it idles past sessiontimeout
    const res = student.get(url);
    expect(res.status).toBe(303);
    expect(res.location).toBe(`${WWW}/login/index.php`);
    expect(classifyPage(res.status, res.location ?? '', res.body, WWW)).toBe('session_lost');
    const autosave = student.postForm('/mod/quiz/autosave.ajax.php', attemptSubmission(p, [], null));
    expect(autosaveFailure(autosave.status, autosave.body)).toBe('invalid_sesskey'); // a new session: the old sesskey is wrong
  });
});
