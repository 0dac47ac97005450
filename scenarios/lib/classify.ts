// Telling Moodle's failures apart when the status code does not (pure: unit-tested against captures).
import { fatalError, isLoginPage } from './extract.ts';
import type { FailureKind } from './failure-kind.ts';

export interface AjaxReply {
  error?: boolean;
  data?: unknown;
  exception?: { errorcode?: string; message?: string };
}

/** What went wrong in a service.php reply, or null when every call succeeded. */
export function ajaxFailure(status: number, body: string, calls: number): FailureKind | null {
  if (status !== 200) return 'http_status';
  let replies: unknown;
  try {
    replies = JSON.parse(body);
  } catch {
    return body.includes('Unable to obtain session lock') ? 'session_lock' : 'ajax_error';
  }
  if (!Array.isArray(replies) || replies.length !== calls) return 'ajax_error';
  for (const reply of replies as AjaxReply[]) {
    if (reply.error === true) {
      const code = reply.exception?.errorcode ?? '';
      if (code === 'invalidsesskey') return 'invalid_sesskey';
      if (code === 'servicerequireslogin') return 'session_lost';
      return 'ajax_error';
    }
  }
  return null;
}

/** What is wrong with a response that should be a logged-in page, or null when it is fine. */
export function classifyPage(status: number, location: string, body: string, target: string): FailureKind | null {
  if (status === 303 && location.startsWith(`${target}/login/index.php`)) return 'session_lost';
  if (body.includes('Unable to obtain session lock')) return 'session_lock';
  if (status !== 200) return 'http_status';
  if (fatalError(body) !== null) return 'moodle_error';
  if (isLoginPage(body)) return 'session_lost';
  return null;
}
