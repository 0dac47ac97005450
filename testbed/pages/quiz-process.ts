// POST /mod/quiz/processattempt.php: saves the responses of the posted `slots` (each question's
// sequencecheck must still match, or Moodle refuses the submission as out of sequence) and sends the
// student on: `next` → nextpage (-1 = the summary), `previous` → the page before, neither → the same
// page. `finishattempt=1` (from the summary) finishes the attempt → review.php.
import type { PageContext } from '../app/context.ts';
import type { QuizAttempt } from '../app/quiz-attempts.ts';
import { parseFormBody } from '../http/form-body.ts';
import { redirect } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import { ATTEMPT_CLOSED, fatalErrorPage, OUT_OF_SEQUENCE } from './errors.ts';
import { attemptFor, isAttempt, quizUrl } from './quiz-access.ts';
import { responseFields } from './quiz-render.ts';
import { requireLogin } from './require-login.ts';
import { requireSesskey } from './require-sesskey.ts';

export const quizProcessRoute: Route = {
  paths: ['/mod/quiz/processattempt.php'],
  transaction: (_request, response) => {
    const location = response.headers['Location'] ?? '';
    if (location.includes('/mod/quiz/review.php')) return 'quiz_finish';
    if (location.includes('/mod/quiz/attempt.php') || location.includes('/mod/quiz/summary.php')) return 'quiz_processattempt';
    return response.status === 303 ? 'require_login' : 'other';
  },
  handle: (ctx) => {
    const login = requireLogin(ctx);
    if (login !== null) return login;
    const form = parseFormBody(ctx.request.contentType, ctx.request.body);
    const bad = requireSesskey(ctx, form.get('sesskey') ?? null);
    if (bad !== null) return bad;
    const attempt = attemptFor(ctx, form.get('attempt'));
    if (!isAttempt(attempt)) return attempt;
    if (attempt.finishedMs !== null) return fatalErrorPage(ctx, ATTEMPT_CLOSED);
    if (form.get('finishattempt') === '1') {
      ctx.site.attempts.finish(attempt);
      return redirect(quizUrl(ctx, 'review', attempt));
    }
    if (!saveResponses(ctx, attempt, form, 'submit')) return fatalErrorPage(ctx, OUT_OF_SEQUENCE);
    const thispage = Number(form.get('thispage') ?? 0);
    const nextpage = Number(form.get('nextpage') ?? thispage + 1);
    const target = form.has('next') ? nextpage : form.has('previous') ? thispage - 1 : thispage;
    if (target < 0) return redirect(quizUrl(ctx, 'summary', attempt));
    attempt.currentPage = target;
    return redirect(quizUrl(ctx, 'attempt', attempt, target));
  },
};

/**
 * Saves the posted slots' responses. A submission must carry each question's current sequencecheck
 * (false, nothing saved, when one is stale) and moves a changed question on; an autosave is kept
 * without moving the sequence, as Moodle's autosaved steps are.
 */
export function saveResponses(ctx: PageContext, attempt: QuizAttempt, form: ReadonlyMap<string, string>, mode: 'submit' | 'autosave'): boolean {
  const slots = (form.get('slots') ?? '').split(',').filter((s) => s !== '').map(Number);
  const posted = attempt.questions.filter((q) => slots.includes(q.slot));
  const prefix = (slot: number): string => `q${attempt.usageId}:${slot}_`;
  if (mode === 'submit' && posted.some((q) => form.get(`${prefix(q.slot)}:sequencecheck`) !== String(q.sequence))) return false;
  for (const q of posted) {
    const response: Record<string, string> = {};
    for (const name of responseFields(q)) {
      const value = form.get(`${prefix(q.slot)}${name}`);
      if (value !== undefined && value !== '-1') response[name] = value;
    }
    ctx.site.attempts.save(q, response, mode === 'submit');
  }
  return true;
}
