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
