// POST /mod/quiz/startattempt.php (cmid, sesskey): 303 into the student's open attempt, or a new one.
// A quiz with an access rule that needs a check (time limit, password) first answers 200 with the
// formslib pre-flight form (id mod_quiz_preflight_form); its submission carries the `_qf__` marker.
import type { PageContext } from '../app/context.ts';
import type { TestbedQuiz } from '../app/courses.ts';
import { htmlPage, redirect } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import type { AppResponse } from '../http/types.ts';
import { parseFormBody } from '../http/form-body.ts';
import { renderPage } from './layout.ts';
import { findModule, incourseClasses, isFound } from './module.ts';
import { quizUrl } from './quiz-access.ts';
import { requireLogin } from './require-login.ts';
import { requireSesskey } from './require-sesskey.ts';

const PREFLIGHT_MARKER = '_qf__mod_quiz_form_preflight_check_form';

export const quizStartRoute: Route = {
  paths: ['/mod/quiz/startattempt.php'],
  transaction: (_request, response) => {
    const location = response.headers['Location'] ?? '';
    if (location.includes('/mod/quiz/attempt.php')) return 'quiz_startattempt';
    if (response.status === 303) return 'require_login';
    return response.status === 200 ? 'quiz_preflight' : 'other';
  },
  handle: (ctx) => {
    const login = requireLogin(ctx);
    if (login !== null) return login;
    const form = parseFormBody(ctx.request.contentType, ctx.request.body);
    const found = findModule(ctx, 'quiz', form.get('cmid') ?? ctx.request.url.searchParams.get('cmid'));
    if (!isFound(found)) return found;
    const bad = requireSesskey(ctx, form.get('sesskey') ?? null);
    if (bad !== null) return bad;
    const quiz = found.module;
    const open = ctx.site.attempts.open(ctx.session.userId, quiz.cmid);
    if (open !== undefined) return redirect(quizUrl(ctx, 'attempt', open, open.currentPage));
    if (quiz.preflight && form.get(PREFLIGHT_MARKER) !== '1') return preflightPage(ctx, found.course, quiz, null);
    if (quiz.password !== null && form.get('quizpassword') !== quiz.password) return preflightPage(ctx, found.course, quiz, 'The password entered was incorrect');
    return redirect(quizUrl(ctx, 'attempt', ctx.site.attempts.start(ctx.session.userId, quiz)));
  },
};

function preflightPage(ctx: PageContext, course: Parameters<typeof incourseClasses>[0], quiz: TestbedQuiz, error: string | null): AppResponse {
  const rule =
    quiz.password === null
      ? '<fieldset class="clearfix" id="id_honestycheckheader"><legend>Time limit</legend><div class="fitem">Your attempt will have a time limit. When you start, the timer will begin to count down and cannot be paused.</div></fieldset>'
      : `<fieldset class="clearfix" id="id_passwordheader"><legend>Password</legend><div class="fitem">To attempt this quiz you need to know the quiz password</div>${error === null ? '' : `<div class="invalid-feedback d-block" id="id_error_quizpassword">${error}</div>`}
<input type="password" name="quizpassword" class="form-control" id="id_quizpassword" value="" size="" autocomplete="new-password"></fieldset>`;
  const main = `<form autocomplete="off" action="${ctx.site.wwwroot}/mod/quiz/startattempt.php" method="post" accept-charset="utf-8" id="mod_quiz_preflight_form" class="mform">
	<div style="display: none;"><input name="cmid" type="hidden" value="${quiz.cmid}" />
<input name="sesskey" type="hidden" value="${ctx.sesskey}" />
<input name="${PREFLIGHT_MARKER}" type="hidden" value="1" />
</div>
${rule}
<div class="fitem"><input type="submit" class="btn btn-primary" name="submitbutton" id="id_submitbutton" value="Start attempt">
<input type="submit" class="btn btn-secondary" name="cancel" id="id_cancel" value="Cancel" data-skip-validation="1" data-cancel="1"></div>
</form>`;
  return htmlPage(
    renderPage(ctx, { title: quiz.name, bodyId: 'page-mod-quiz-startattempt', bodyClasses: incourseClasses(course, quiz, 'path-mod path-mod-quiz'), main, contextId: 1000 + quiz.cmid, contextInstanceId: quiz.cmid }),
  );
}
