// /mod/quiz/view.php?id=<cmid>: the quiz's front page with its single-button form to startattempt.php
// ("Attempt quiz", "Continue your attempt" while one is open, "Re-attempt quiz" after), and the
// student's attempts with their review links (quiz/01, 12 and errors/13 in the captures).
import type { PageContext } from '../app/context.ts';
import type { QuizAttempt } from '../app/quiz-attempts.ts';
import { htmlPage } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import { escapeHtml } from './html.ts';
import { renderPage } from './layout.ts';
import { findModule, incourseClasses, isFound } from './module.ts';
import { quizUrl } from './quiz-access.ts';
import { requireLogin } from './require-login.ts';

export const quizViewRoute: Route = {
  paths: ['/mod/quiz/view.php'],
  transaction: (_request, response) => (response.status === 303 ? 'require_login' : response.status === 200 ? 'quiz_view' : 'other'),
  handle: (ctx) => {
    const login = requireLogin(ctx);
    if (login !== null) return login;
    const found = findModule(ctx, 'quiz', ctx.request.url.searchParams.get('id'));
    if (!isFound(found)) return found;
    const { course, module } = found;
    const attempts = ctx.site.attempts.list(ctx.session.userId, module.cmid);
    const button = attempts.some((a) => a.finishedMs === null) ? 'Continue your attempt' : attempts.length > 0 ? 'Re-attempt quiz' : 'Attempt quiz';
    const form = `<div class="singlebutton quizstartbuttondiv">
    <form method="post" action="${ctx.site.wwwroot}/mod/quiz/startattempt.php" >
            <input type="hidden" name="cmid" value="${module.cmid}">
            <input type="hidden" name="sesskey" value="${ctx.sesskey}">
        <button type="submit" class="btn btn-primary" id="single_button${module.cmid}">${button}</button>
    </form>
</div>`;
    const list = attempts.length === 0 ? '' : `<h3>Your attempts</h3><ul class="list-unstyled row row-cols-1 row-cols-md-2 g-0">${attempts.map((a) => attemptCard(ctx, a)).join('\n')}</ul>`;
    const main = `<div class="tertiary-navigation"><div class="d-flex"><div class="navitem">${form}</div></div></div><div class="box py-3 quizinfo"><p class="text-start">Grading method: Highest grade</p></div>${list}<div class="box py-3 quizattempt"></div>`;
    return htmlPage(
      renderPage(ctx, {
        title: `${course.shortname}: ${module.name}`,
        bodyId: 'page-mod-quiz-view',
        bodyClasses: incourseClasses(course, module, 'limitedwidth path-mod path-mod-quiz'),
        main,
        contextId: 1000 + module.cmid,
        contextInstanceId: module.cmid,
      }),
    );
  },
};

function attemptCard(ctx: PageContext, a: QuizAttempt): string {
  const status = a.finishedMs === null ? 'In progress' : 'Finished';
  const review = a.finishedMs === null ? '' : `<a title="Review your responses to this attempt" href="${escapeHtml(quizUrl(ctx, 'review', a))}">Review</a>`;
  return `<li class="col ps-0 pe-2 mb-2"><div class="card h-100"><div class="card-header py-2 border-bottom-0"><h4 class="card-title my-0">Attempt ${a.number}</h4></div>
<table class="generaltable generalbox quizreviewsummary mb-0"><tbody><tr><th class="cell" scope="row">Status</th><td class="cell">${status}</td></tr></tbody></table>
<div class="card-body py-2"><div>${review}</div></div></div></li>`;
}
