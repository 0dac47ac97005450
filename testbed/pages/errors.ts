// Moodle's fatal error page (HTTP 404 in Moodle 5.0 for print_error-style failures), e.g. for
// unknown paths. Clients recognise it by data-rel="fatalerror" and p.errormessage.
import type { PageContext } from '../app/context.ts';
import { htmlPage } from '../http/responses.ts';
import type { AppResponse } from '../http/types.ts';
import { escapeHtml } from './html.ts';
import { renderPage } from './layout.ts';

export interface MoodleError {
  readonly errorcode: string;
  /** Moodle component of the string, for the docs link (moodle, error, webservice…). */
  readonly module: string;
  readonly message: string;
}

export const FILE_NOT_FOUND: MoodleError = { errorcode: 'filenotfound', module: 'error', message: 'Sorry, the requested file could not be found' };
export const UNEXPECTED_ERROR: MoodleError = { errorcode: 'generalexceptionmessage', module: 'error', message: 'Exception - an unexpected error occurred in the testbed' };
// The texts of a stock Moodle 5.0 (lang/en), with the docs link's module/code (errors/14 and 16 captured).
export const INVALID_SESSKEY_PAGE: MoodleError = {
  errorcode: 'invalidsesskey',
  module: 'moodle',
  message: 'Your session has most likely timed out. Please check if you are logged in or go back to the previous screen and reload the page.',
};
export const NOT_YOUR_ATTEMPT: MoodleError = { errorcode: 'notyourattempt', module: 'quiz', message: 'This is not your attempt!' };
export const INVALID_COURSE_MODULE: MoodleError = { errorcode: 'invalidcoursemodule', module: 'error', message: 'Invalid course module ID' };
export const INVALID_COURSE: MoodleError = { errorcode: 'invalidcourseid', module: 'error', message: 'You are trying to use an invalid course ID' };
export const INVALID_ATTEMPT: MoodleError = { errorcode: 'invalidattemptid', module: 'quiz', message: 'No such attempt ID exists' };
export const ATTEMPT_CLOSED: MoodleError = { errorcode: 'attemptalreadyclosed', module: 'quiz', message: 'This attempt has already been finished.' };
export const OUT_OF_SEQUENCE: MoodleError = {
  errorcode: 'submissionoutofsequencefriendlymessage',
  module: 'question',
  message: 'You have accessed this page out of the normal sequence. Please do not use the Back button when working on quiz attempts.',
};
export const DB_READ_ERROR: MoodleError = { errorcode: 'dmlreadexception', module: 'error', message: 'Error reading from database' };
// The Redis and memcached session handlers throw this when another request holds the lock too long.
export const SESSION_LOCK_ERROR: MoodleError = { errorcode: 'unabletoobtainsessionlock', module: 'error', message: 'Unable to obtain session lock' };

export function moreInfoUrl(error: MoodleError): string {
  return `https://docs.moodle.org/500/en/error/${error.module}/${error.errorcode}`;
}

export function fatalErrorPage(ctx: PageContext, error: MoodleError, status = 404): AppResponse {
  const main = `<div data-rel="fatalerror" class="box py-3 errorbox alert alert-danger"><p class="errormessage">${escapeHtml(error.message)}</p><p class="errorcode"><a href="${moreInfoUrl(error)}">More information about this error</a></p></div><div class="continuebutton"><a href="${ctx.site.wwwroot}/">Continue</a></div>`;
  return htmlPage(renderPage(ctx, { title: 'Error', bodyId: 'page-site-index', bodyClasses: 'path-site pagelayout-standard', main }), status);
}

export function notFoundRoute(ctx: PageContext): AppResponse {
  return fatalErrorPage(ctx, FILE_NOT_FOUND);
}
