// A student sitting an exam: log in, go to the quiz's course and the quiz, answer page by page
// (MC_QUIZ_PAGE_TIME per page, autosaving as Moodle does), submit — near the deadline when the run has
// one (MC_QUIZ_DEADLINE after the scenario start, spread over MC_QUIZ_SUBMIT_SPREAD) — and read the review.
import exec from 'k6/execution';
import { between } from '../bounds.ts';
import { scenarioConfig } from '../env.ts';
import { courseView } from '../course.ts';
import { dashboardAjax } from '../dashboard.ts';
import { chooseQuiz, type FoundQuizzes } from '../discovery.ts';
import { expect } from '../failures.ts';
import { login, logout } from '../login.ts';
import { takeQuiz } from '../quiz.ts';
import { chooseVisit } from '../tenancy.ts';

export interface ExamOptions {
  /** Wait for the deadline before submitting (the exam scenario; not in the term-start mix). */
  readonly deadline: boolean;
}

let warned = false;

/** `found` is what setup() returned from findQuizzes(). */
export function quizExamJourney(options: ExamOptions, found: FoundQuizzes): void {
  const config = scenarioConfig();
  const { site, user } = chooseVisit();
  const session = login(site.target, user);
  if (session === null) return;
  dashboardAjax(session);
  const quiz = chooseQuiz(site, found);
  if (!expect('a quiz to take was found', 'quiz_view', quiz !== null, 'unexpected_page') || quiz === null) {
    if (!warned) console.warn(`no quiz found on ${site.tenant ?? site.target}: enrol the users in a course with a quiz, or pin one in a site file`);
    warned = true;
    return;
  }
  if (quiz.courseId !== null && courseView(session, quiz.courseId) === null) return;
  const deadlineMs = exec.scenario.startTime + config.quizDeadlineSeconds * 1000;
  const submitNotBeforeMs = options.deadline && config.quizDeadlineSeconds > 0 ? deadlineMs - Math.random() * config.quizSubmitSpreadSeconds * 1000 : null;
  const pace = { pageSeconds: () => between(config.quizPageTime, Math.random()), submitNotBeforeMs, ...(quiz.password === undefined ? {} : { password: quiz.password }) };
  if (!takeQuiz(session, quiz.cmid, pace)) return;
  logout(session);
}
