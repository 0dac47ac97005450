// POST /mod/quiz/autosave.ajax.php: what Moodle's autosave JS sends while a student sits on a page
// (the whole responseform, no button). An AJAX_SCRIPT: errors are JSON with an errorcode, success is
// {"status":"OK"} (Moodle 4.2+; older sites answer a bare "OK", which the scenarios accept too).
import { parseFormBody } from '../http/form-body.ts';
import { json } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import type { AppResponse } from '../http/types.ts';
import { INVALID_SESSKEY_PAGE, NOT_YOUR_ATTEMPT, ATTEMPT_CLOSED, INVALID_ATTEMPT, type MoodleError } from './errors.ts';
import { saveResponses } from './quiz-process.ts';

const NOT_LOGGED_IN: MoodleError = { errorcode: 'requireloginerror', module: 'error', message: 'You are not logged in' };

export const quizAutosaveRoute: Route = {
  paths: ['/mod/quiz/autosave.ajax.php'],
  transaction: () => 'quiz_autosave',
  handle: (ctx) => {
    const form = parseFormBody(ctx.request.contentType, ctx.request.body);
    if (!ctx.validSesskey(form.get('sesskey') ?? null)) return ajaxError(INVALID_SESSKEY_PAGE);
    const attempt = ctx.site.attempts.get(Number(form.get('attempt') ?? ''));
    if (attempt === undefined) return ajaxError(INVALID_ATTEMPT);
    if (!ctx.loggedIn) return ajaxError(NOT_LOGGED_IN);
    if (attempt.userId !== ctx.session.userId) return ajaxError(NOT_YOUR_ATTEMPT);
    if (attempt.finishedMs !== null) return ajaxError(ATTEMPT_CLOSED);
    saveResponses(ctx, attempt, form, 'autosave');
    return json({ status: 'OK' });
  },
};

function ajaxError(error: MoodleError): AppResponse {
  return json({ error: error.message, errorcode: error.errorcode, stacktrace: null, debuginfo: null, reproductionlink: null });
}
