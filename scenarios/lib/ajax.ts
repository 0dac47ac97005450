// Moodle's AJAX web services: POST lib/ajax/service.php?sesskey=…&info=… with a JSON array of calls.
// Errors come back as HTTP 200 with "error": true, so the body decides.
import { ajaxFailure, type AjaxReply } from './classify.ts';
import { expect } from './failures.ts';
import { bodyText, type MoodleSession } from './session.ts';

export interface AjaxCall {
  readonly methodname: string;
  readonly args: Record<string, unknown>;
}

/** Sends the calls in one request, named after the method(s) as the browser's `info` label is. */
export function ajax(session: MoodleSession, calls: readonly AjaxCall[]): unknown[] | null {
  const info = calls.length === 1 ? (calls[0]?.methodname ?? '') : `${calls.length}-method-calls`;
  const name = `ajax ${info}`;
  const body = calls.map((c, index) => ({ index, methodname: c.methodname, args: c.args }));
  const res = session.postJson(`/lib/ajax/service.php?sesskey=${session.sesskey ?? ''}&info=${info}`, body, name);
  const text = bodyText(res);
  const failure = ajaxFailure(res.status, text, calls.length);
  if (!expect(`${name} succeeded`, name, failure === null, failure ?? 'ajax_error')) return null;
  return (JSON.parse(text) as AjaxReply[]).map((r) => r.data);
}
