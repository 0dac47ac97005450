// GET /mod/quiz/attempt.php?attempt=…&cmid=…[&page=N]: one page of the attempt in #responseform
// (quiz/03, 05, 07 in the captures): the questions, Previous/Next ("Finish attempt ..." on the last
// page), the attempt-level hidden fields, and the autosave init with the site's period.
import type { PageContext } from '../app/context.ts';
import { pageCount, type QuizAttempt } from '../app/quiz-attempts.ts';
import { htmlPage, redirect } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import type { AppResponse } from '../http/types.ts';
import { escapeHtml } from './html.ts';
import { renderPage } from './layout.ts';
import { isAttempt, quizUrl, viewedAttempt } from './quiz-access.ts';
import { questionHtml } from './quiz-render.ts';

export const quizAttemptRoute: Route = {
  paths: ['/mod/quiz/attempt.php'],
  transaction: (_request, response) => (response.status === 200 ? 'quiz_attempt_page' : response.status === 303 ? 'require_login' : 'other'),
  handle: (ctx) => {
    const attempt = viewedAttempt(ctx);
    if (!isAttempt(attempt)) return attempt;
    if (attempt.finishedMs !== null) return redirect(quizUrl(ctx, 'review', attempt));
    const asked = Number(ctx.request.url.searchParams.get('page') ?? attempt.currentPage);
    const page = Number.isInteger(asked) && asked >= 0 && asked < pageCount(attempt) ? asked : attempt.currentPage;
    attempt.currentPage = page;
    return attemptPage(ctx, attempt, page);
  },
};

function attemptPage(ctx: PageContext, attempt: QuizAttempt, page: number): AppResponse {
  const w = ctx.site.wwwroot;
  const last = page === pageCount(attempt) - 1;
  const questions = attempt.questions.filter((q) => q.page === page);
  const previous = page > 0 ? '<input type="submit" name="previous" value="Previous page" class="mod_quiz-prev-nav btn btn-secondary" id="mod_quiz-prev-nav" />' : '';
  const form = `<form action="${w}/mod/quiz/processattempt.php?cmid=${attempt.quiz.cmid}" method="post" enctype="multipart/form-data" accept-charset="utf-8" id="responseform"><div>${questions.map((q) => questionHtml(attempt.usageId, q, { review: false })).join('')}<div class="submitbtns">${previous}<input type="submit" name="next" value="${last ? 'Finish attempt ...' : 'Next page'}" class="mod_quiz-next-nav btn btn-primary" id="mod_quiz-next-nav" /></div><input type="hidden" name="attempt" value="${attempt.id}" /><input type="hidden" name="thispage" value="${page}" id="followingpage" /><input type="hidden" name="nextpage" value="${last ? -1 : page + 1}" /><input type="hidden" name="timeup" value="0" id="timeup" /><input type="hidden" name="sesskey" value="${ctx.sesskey}" /><input type="hidden" name="mdlscrollto" value="" id="mdlscrollto" /><input type="hidden" name="slots" value="${questions.map((q) => q.slot).join(',')}" /></div></form>`;
  const nav = attempt.questions
    .map((q) => `<a class="qnbutton ${q.page === page ? 'thispage' : ''}" id="quiznavbutton${q.slot}" data-quiz-page="${q.page}" href="${escapeHtml(quizUrl(ctx, 'attempt', attempt, q.page))}#">${q.slot}</a>`)
    .join('');
  const panel = `<section class="block_quiz_navblock block card mb-3"><div class="qn_buttons clearfix multipages">${nav}</div><div class="othernav"><div class="autosave_info" hidden="hidden">Last saved: -</div><a class="endtestlink aalink" href="${escapeHtml(quizUrl(ctx, 'summary', attempt))}">Finish attempt ...</a></div></section>`;
  const autosave = ctx.site.quizAutosaveSeconds > 0 ? `<script>\n//<![CDATA[\n(function() {Y.use("moodle-mod_quiz-autosave",function() {M.mod_quiz.autosave.init("${ctx.site.quizAutosaveSeconds}"); });\n})();\n//]]>\n</script>` : '';
  return htmlPage(
    renderPage(ctx, {
      title: `${attempt.quiz.name} (page ${page + 1} of ${pageCount(attempt)})`,
      bodyId: 'page-mod-quiz-attempt',
      bodyClasses: `format-topics path-mod path-mod-quiz pagelayout-incourse cmid-${attempt.quiz.cmid} cm-type-quiz`,
      main: `${panel}${form}${autosave}`,
      contextId: 1000 + attempt.quiz.cmid,
      contextInstanceId: attempt.quiz.cmid,
    }),
  );
}
