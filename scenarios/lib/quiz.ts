// A student's quiz attempt, hop by hop as FLOWS.md §4 captured it: view → POST startattempt (and the
// pre-flight form when the quiz has one) → each attempt page (answers chosen from what the page offers,
// the autosave Moodle's JS would send while the student sits there) → POST processattempt → summary →
// finish → review. A student with an unfinished attempt is sent back into it by startattempt, and goes
// on from the page Moodle shows.
import { sleep } from 'k6';
import { autosaveFailure } from './classify.ts';
import { expect } from './failures.ts';
import { openPage, pageAjax } from './page.ts';
import { finishAttemptForm, preflightForm, reviewSummary, startAttemptForm } from './quiz-forms.ts';
import { attemptSubmission, chooseAnswer, parseAttemptPage, type AttemptPage } from './quiz-page.ts';
import { bodyText, expectPage, expectRedirect, location, type MoodleSession, type Response } from './session.ts';

export interface QuizPace {
  /** Seconds the student spends on one attempt page. */
  pageSeconds(): number;
  /** Epoch ms before which the student does not submit (an exam's deadline less their margin); null = submit when done. */
  readonly submitNotBeforeMs: number | null;
  /** Send one autosave on the first page at once (smoke: every transaction once, without waiting 60 s). */
  readonly autosaveAtOnce?: boolean;
  /** The quiz password, when its pre-flight check asks for one. */
  readonly password?: string;
}

const MAX_PAGES = 200;
const isAttemptUrl = (l: string): boolean => /\/mod\/quiz\/attempt\.php\?/.test(l);
const isSummaryUrl = (l: string): boolean => /\/mod\/quiz\/summary\.php\?/.test(l);
const isReviewUrl = (l: string): boolean => /\/mod\/quiz\/review\.php\?/.test(l);
const isViewUrl = (l: string): boolean => /\/mod\/quiz\/view\.php\?/.test(l);

/** The whole attempt; true when it ended on the review page. */
export function takeQuiz(session: MoodleSession, cmid: number, pace: QuizPace): boolean {
  const view = openPage(session, `/mod/quiz/view.php?id=${cmid}`, 'quiz_view');
  if (view === null) return false;
  const start = startAttemptForm(view);
  if (!expect('quiz_view has the start form', 'quiz_view', start !== null, 'unexpected_page') || start === null) return false;
  let attemptUrl = startAttempt(session, session.postFields(start.action, start.fields, 'quiz_startattempt'), pace);
  if (attemptUrl === null) return false;

  let autosaved = false;
  for (let n = 0; n < MAX_PAGES; n++) {
    const html = openPage(session, attemptUrl, 'quiz_attempt_page');
    if (html === null) return false;
    const page = parseAttemptPage(html);
    if (!expect('quiz_attempt_page has the response form', 'quiz_attempt_page', page !== null && page.nextButton !== null, 'unexpected_page') || page === null) return false;
    const answers = page.questions.flatMap((q) => chooseAnswer(q, Math.random));
    if (!sitOnPage(session, page, answers, pace, !autosaved && pace.autosaveAtOnce === true)) return false;
    autosaved = true;
    const res = session.postFields(page.action, attemptSubmission(page, answers, page.nextButton), 'quiz_processattempt');
    if (!expectRedirect(res, session, 'quiz_processattempt', 'the next page or the summary', (l) => isAttemptUrl(l) || isSummaryUrl(l))) return false;
    if (isSummaryUrl(location(res))) return finish(session, location(res), pace);
    attemptUrl = location(res);
  }
  return expect('quiz ends within a bounded number of pages', 'quiz_processattempt', false, 'unexpected_page');
}

/** startattempt's answer: a 303 into the attempt, or the pre-flight form first. The attempt URL or null. */
function startAttempt(session: MoodleSession, res: Response, pace: QuizPace): string | null {
  const preflight = res.status === 200 ? preflightForm(bodyText(res)) : null;
  if (preflight === null) {
    return expectRedirect(res, session, 'quiz_startattempt', 'the attempt', isAttemptUrl) ? location(res) : null;
  }
  const fields = new Map(preflight.fields);
  if (preflight.needsPassword) {
    if (!expect('quiz password known for the pre-flight check', 'quiz_preflight', pace.password !== undefined, 'quiz_password')) return null;
    fields.set('quizpassword', pace.password ?? '');
  }
  const checked = session.postFields(preflight.action, fields, 'quiz_preflight');
  // The form again means its check failed: with a password field, the password was wrong.
  const refused = preflight.needsPassword && checked.status === 200 && preflightForm(bodyText(checked)) !== null;
  if (!expect('quiz password accepted', 'quiz_preflight', !refused, 'quiz_password')) return null;
  return expectRedirect(checked, session, 'quiz_preflight', 'the attempt', isAttemptUrl) ? location(checked) : null;
}

/**
 * The student reads and answers (the first change a fifth into their time on the page). Moodle's
 * autosave JS saves `autosaveSeconds` after the first change if the student is still there.
 */
function sitOnPage(session: MoodleSession, page: AttemptPage, answers: readonly [string, string][], pace: QuizPace, autosaveNow: boolean): boolean {
  const stay = pace.pageSeconds();
  const firstChange = stay * 0.2;
  const period = page.autosaveSeconds;
  if (autosaveNow) {
    if (!autosave(session, page, answers)) return false;
    sleep(stay);
    return true;
  }
  sleep(firstChange);
  if (period !== null && answers.length > 0 && stay - firstChange >= period) {
    sleep(period);
    if (!autosave(session, page, answers)) return false;
    sleep(stay - firstChange - period);
  } else {
    sleep(stay - firstChange);
  }
  return true;
}

/** What Moodle's autosave sends: the whole form as it stands, without any submit button. */
function autosave(session: MoodleSession, page: AttemptPage, answers: readonly [string, string][]): boolean {
  const res = session.postFields('/mod/quiz/autosave.ajax.php', attemptSubmission(page, answers, null), 'quiz_autosave');
  const failure = autosaveFailure(res.status, bodyText(res));
  return expect('quiz_autosave saved', 'quiz_autosave', failure === null, failure ?? 'ajax_error');
}

function finish(session: MoodleSession, summaryUrl: string, pace: QuizPace): boolean {
  const summary = openPage(session, summaryUrl, 'quiz_summary');
  if (summary === null) return false;
  const form = finishAttemptForm(summary);
  if (!expect('quiz_summary has the finish form', 'quiz_summary', form !== null, 'unexpected_page') || form === null) return false;
  if (pace.submitNotBeforeMs !== null) {
    const wait = (pace.submitNotBeforeMs - Date.now()) / 1000;
    if (wait > 0) sleep(wait);
  }
  const res = session.postFields(form.action, form.fields, 'quiz_finish');
  if (!expectRedirect(res, session, 'quiz_finish', 'the review', isReviewUrl)) return false;
  // A quiz whose review options hide the attempt sends the student from review.php back to its view page.
  const review = session.get(location(res), 'quiz_review');
  if (review.status === 303 && isViewUrl(location(review))) return openPage(session, location(review), 'quiz_view') !== null;
  if (!expectPage(review, session, 'quiz_review')) return false;
  pageAjax(session);
  return expect('quiz_review shows the finished attempt', 'quiz_review', reviewSummary(bodyText(review)).length > 0, 'unexpected_page');
}
