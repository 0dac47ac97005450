// GET /mod/quiz/review.php?attempt=…&cmid=…: a finished attempt's review (quiz/11 in the captures):
// table.quizreviewsummary (Status Finished, Started, Completed, Duration, Marks, Grade) and each
// question read-only with its state. An unfinished attempt sends its owner back into it.
import type { QuizAttempt } from '../app/quiz-attempts.ts';
import { isCorrect } from '../app/quiz-attempts.ts';
import { htmlPage, redirect } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import { escapeHtml } from './html.ts';
import { renderPage } from './layout.ts';
import { isAttempt, quizUrl, viewedAttempt } from './quiz-access.ts';
import { questionHtml } from './quiz-render.ts';

export const quizReviewRoute: Route = {
  paths: ['/mod/quiz/review.php'],
  transaction: (_request, response) => (response.status === 200 ? 'quiz_review' : response.status === 303 ? 'require_login' : 'other'),
  handle: (ctx) => {
    const attempt = viewedAttempt(ctx);
    if (!isAttempt(attempt)) return attempt;
    if (attempt.finishedMs === null) return redirect(quizUrl(ctx, 'attempt', attempt, attempt.currentPage));
    const rows: [string, string][] = [
      ['Status', 'Finished'],
      ['Started', new Date(attempt.startedMs).toUTCString()],
      ['Completed', new Date(attempt.finishedMs).toUTCString()],
      ['Duration', `${Math.round((attempt.finishedMs - attempt.startedMs) / 1000)} secs`],
      ['Marks', marks(attempt)],
    ];
    const table = `<div class="mb-3"><table class="generaltable generalbox quizreviewsummary mb-0">
    <tbody>
${rows.map(([k, v]) => `        <tr>\n            <th class="cell" scope="row">${k}</th>\n            <td class="cell">${escapeHtml(v)}</td>\n        </tr>`).join('\n')}
    </tbody>
</table></div>`;
    const questions = attempt.questions.map((q) => questionHtml(attempt.usageId, q, { review: true })).join('');
    const main = `${table}<form action="${escapeHtml(quizUrl(ctx, 'review', attempt))}" method="post" class="questionflagsaveform"><div>${questions}</div></form>`;
    return htmlPage(
      renderPage(ctx, {
        title: `${attempt.quiz.name}: Attempt review`,
        bodyId: 'page-mod-quiz-review',
        bodyClasses: `format-topics path-mod path-mod-quiz pagelayout-incourse cmid-${attempt.quiz.cmid} cm-type-quiz`,
        main,
        contextId: 1000 + attempt.quiz.cmid,
        contextInstanceId: attempt.quiz.cmid,
      }),
    );
  },
};

function marks(attempt: QuizAttempt): string {
  const got = attempt.questions.filter((q) => isCorrect(q) === true).length;
  return `${got.toFixed(2)}/${attempt.questions.length.toFixed(2)}`;
}
