// lib/ajax/service.php: a JSON array of {index, methodname, args} in, one {error, data|exception}
// per call out, always HTTP 200. Like Moodle, processing stops at the first failing call, so the
// reply can be shorter than the request.
import type { PageContext } from '../app/context.ts';
import { json } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import { AJAX_METHODS, AjaxMethodError, type AjaxArgs } from './ajax-methods.ts';
import { moreInfoUrl, type MoodleError } from './errors.ts';

export const SERVICE_REQUIRES_LOGIN: MoodleError = {
  errorcode: 'servicerequireslogin',
  module: 'webservice',
  message: 'Web service is not available. (The session has been logged out or has expired.)',
};
export const INVALID_SESSKEY: MoodleError = {
  errorcode: 'invalidsesskey',
  module: 'moodle',
  message: 'Your session has most likely timed out. Please check if you are logged in or go back to the previous screen and reload the page.',
};
export const UNKNOWN_FUNCTION: MoodleError = {
  errorcode: 'invalidrecord',
  module: 'error',
  message: "Can't find data record in database table external_functions.",
};

export type AjaxReply = { error: false; data: unknown } | { error: true; exception: { message: string; errorcode: string; link: string; moreinfourl: string } };

export const ajaxRoute: Route = {
  paths: ['/lib/ajax/service.php'],
  transaction: () => 'ajax',
  handle: (ctx) => {
    const calls = parseCalls(ctx.request.body);
    if (calls === null) {
      // Moodle throws a coding_exception for a body that is not a JSON array of calls.
      return json({ error: 'Coding error detected, it must be fixed by a programmer: Invalid json in request', errorcode: 'codingerror' });
    }
    const replies: AjaxReply[] = [];
    for (const call of calls) {
      const reply = runCall(ctx, call.methodname, call.args);
      replies.push(reply);
      if (reply.error) break;
    }
    return json(replies);
  },
};

function runCall(ctx: PageContext, methodname: string, args: AjaxArgs): AjaxReply {
  const method = AJAX_METHODS.get(methodname);
  if (method === undefined) return failure(ctx, UNKNOWN_FUNCTION);
  if (method.loginRequired) {
    // Moodle's order: the login check first, then the sesskey.
    if (!ctx.loggedIn) return failure(ctx, SERVICE_REQUIRES_LOGIN);
    if (!ctx.validSesskey(ctx.request.url.searchParams.get('sesskey'))) return failure(ctx, INVALID_SESSKEY);
  }
  try {
    return { error: false, data: method.execute(args, ctx) };
  } catch (error) {
    if (error instanceof AjaxMethodError) return failure(ctx, error.error);
    throw error;
  }
}

function failure(ctx: PageContext, error: MoodleError): AjaxReply {
  return { error: true, exception: { message: error.message, errorcode: error.errorcode, link: ctx.url('/'), moreinfourl: moreInfoUrl(error) } };
}

interface Call {
  readonly methodname: string;
  readonly args: AjaxArgs;
}

/** The calls in `index` order, or null when the body is not a JSON array of calls. */
export function parseCalls(body: string): Call[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const calls: { index: number; call: Call }[] = [];
  for (const [position, item] of (parsed as unknown[]).entries()) {
    if (typeof item !== 'object' || item === null) return null;
    const { index, methodname, args } = item as Record<string, unknown>;
    if (typeof methodname !== 'string') return null;
    const argsObject = typeof args === 'object' && args !== null && !Array.isArray(args) ? (args as AjaxArgs) : {};
    calls.push({ index: typeof index === 'number' ? index : position, call: { methodname, args: argsObject } });
  }
  return calls.sort((a, b) => a.index - b.index).map((c) => c.call);
}
