// Telling Moodle's failures apart when the status code does not (pure: unit-tested against captures).
import { fatalError, fatalErrorCode, isLoginPage } from './extract.ts';
import type { FailureKind } from './failure-kind.ts';

export interface AjaxReply {
  error?: boolean;
  data?: unknown;
  exception?: { errorcode?: string; message?: string };
}

// The Redis/memcached handlers throw "Unable to obtain session lock"; the database handler's
// sessionwaiterr reads "Timed out while waiting for session lock".
const SESSION_LOCK = /Unable to obtain session lock|waiting for session lock/;

/** The kind of an error code Moodle reports (AJAX exception or fatal error page). */
export function errorCodeKind(code: string): FailureKind {
  if (code === 'invalidsesskey') return 'invalid_sesskey';
  if (code === 'servicerequireslogin' || code === 'requireloginerror' || code === 'sessiontimedout') return 'session_lost';
  if (code === 'sessionwaiterr') return 'session_lock';
  return 'moodle_error';
}

/** What went wrong in a service.php reply, or null when every call succeeded. */
export function ajaxFailure(status: number, body: string, calls: number): FailureKind | null {
  if (SESSION_LOCK.test(body)) return 'session_lock';
  if (status !== 200) return 'http_status';
  let replies: unknown;
  try {
    replies = JSON.parse(body);
  } catch {
    return 'ajax_error';
  }
  if (!Array.isArray(replies) || replies.length !== calls) return 'ajax_error';
  for (const reply of replies as AjaxReply[]) {
    if (reply.error === true) {
      const kind = errorCodeKind(reply.exception?.errorcode ?? '');
      return kind === 'moodle_error' ? 'ajax_error' : kind;
    }
  }
  return null;
}

/**
 * What is wrong with a response that should be a logged-in page, or null when it is fine. The body
 * decides before the status: Moodle 5.0 sends its error pages as 404, other versions and proxies 200.
 */
export function classifyPage(status: number, location: string, body: string, target: string): FailureKind | null {
  if (status === 303 && location.startsWith(`${target}/login/index.php`)) return 'session_lost';
  if (SESSION_LOCK.test(body)) return 'session_lock';
  if (fatalError(body) !== null) return errorCodeKind(fatalErrorCode(body) ?? '');
  if (status !== 200) return 'http_status';
  if (isLoginPage(body)) return 'session_lost';
  return null;
}

/** What is wrong with a redirect that should go where `expected` says, or null when it does. */
export function classifyRedirect(status: number, location: string, body: string, target: string, expected: (location: string) => boolean): FailureKind | null {
  if (status === 303 && expected(location)) return null;
  const page = classifyPage(status, location, body, target);
  if (page !== null && !(page === 'http_status' && status === 303)) return page;
  return 'unexpected_page';
}

/**
 * mod/quiz/autosave.ajax.php's answer: "OK" (Moodle ≤ 4.1) or {"status":"OK"} (4.2+, with timeleft
 * on timed quizzes). Errors come back as AJAX_SCRIPT exceptions: JSON with an errorcode.
 */
export function autosaveFailure(status: number, body: string): FailureKind | null {
  if (SESSION_LOCK.test(body)) return 'session_lock';
  const text = body.trim();
  if (status === 200 && text === 'OK') return null;
  let reply: unknown;
  try {
    reply = JSON.parse(text);
  } catch {
    return status === 200 ? 'ajax_error' : 'http_status';
  }
  const o = typeof reply === 'object' && reply !== null ? (reply as Record<string, unknown>) : {};
  if (status === 200 && o['status'] === 'OK') return null;
  if (typeof o['errorcode'] === 'string') {
    const kind = errorCodeKind(o['errorcode']);
    return kind === 'moodle_error' ? 'ajax_error' : kind;
  }
  return status === 200 ? 'ajax_error' : 'http_status';
}
