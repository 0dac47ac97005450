// GET /mod/quiz/summary.php?attempt=…&cmid=…: one row per question with its status, "Return to
// attempt", and the form#frm-finishattempt that POSTs finishattempt=1 (quiz/09 in the captures).
import { isAnswered } from '../app/quiz-attempts.ts';
import { htmlPage, redirect } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import { escapeHtml } from './html.ts';
import { renderPage } from './layout.ts';
import { isAttempt, quizUrl, viewedAttempt } from './quiz-access.ts';

export const quizSummaryRoute: Route = {
  paths: ['/mod/quiz/summary.php'],
  transaction: (_request, response) => (response.status === 200 ? 'quiz_summary' : response.status === 303 ? 'require_login' : 'other'),
  handle: (ctx) => {
    const attempt = viewedAttempt(ctx);
    if (!isAttempt(attempt)) return attempt;
    if (attempt.finishedMs !== null) return redirect(quizUrl(ctx, 'review', attempt));
    const w = ctx.site.wwwroot;
    const rows = attempt.questions
      .map(
        (q, i) => `<tr class="quizsummary${q.slot} ${isAnswered(q) ? 'answersaved' : 'notyetanswered'}${i === attempt.questions.length - 1 ? ' lastrow' : ''}">
<td class="cell c0" style="text-align:left;"><a href="${escapeHtml(quizUrl(ctx, 'attempt', attempt, q.page))}#question-${attempt.usageId}-${q.slot}">${q.slot}</a></td>
<td class="cell c1" style="text-align:left;">${isAnswered(q) ? 'Answer saved' : 'Not yet answered'}</td>
<td class="cell c2 lastcol" style="text-align:left;"></td>
</tr>`,
      )
      .join('\n');
    const main = `<h2>${escapeHtml(attempt.quiz.name)}</h2><h3>Summary of attempt</h3><div class="table-responsive"><table class="generaltable quizsummaryofattempt boxaligncenter">
<thead><tr><th class="header c0" scope="col">Question</th><th class="header c1" scope="col">Status</th><th class="header c2 lastcol" scope="col">Marks</th></tr></thead>
<tbody>${rows}</tbody></table></div><div class="submitbtns mdl-align"><div class="controls"><div class="singlebutton">
    <form method="post" action="${w}/mod/quiz/attempt.php" >
            <input type="hidden" name="attempt" value="${attempt.id}">
            <input type="hidden" name="cmid" value="${attempt.quiz.cmid}">
            <input type="hidden" name="page" value="${attempt.currentPage}">
            <input type="hidden" name="sesskey" value="${ctx.sesskey}">
        <button type="submit" class="btn btn-secondary">Return to attempt</button>
    </form>
</div></div></div><div class="submitbtns mdl-align"><div class="controls"><div class="btn-finishattempt">
    <form method="post" action="${w}/mod/quiz/processattempt.php" id="frm-finishattempt">
            <input type="hidden" name="attempt" value="${attempt.id}">
            <input type="hidden" name="finishattempt" value="1">
            <input type="hidden" name="timeup" value="0">
            <input type="hidden" name="slots" value="">
            <input type="hidden" name="cmid" value="${attempt.quiz.cmid}">
            <input type="hidden" name="sesskey" value="${ctx.sesskey}">
        <button type="submit" class="btn btn-primary">Submit all and finish</button>
    </form>
</div></div></div>`;
    return htmlPage(
      renderPage(ctx, {
        title: `${attempt.quiz.name}: Attempt summary`,
        bodyId: 'page-mod-quiz-summary',
        bodyClasses: `format-topics path-mod path-mod-quiz pagelayout-incourse cmid-${attempt.quiz.cmid} cm-type-quiz`,
        main,
        contextId: 1000 + attempt.quiz.cmid,
        contextInstanceId: attempt.quiz.cmid,
      }),
    );
  },
};
