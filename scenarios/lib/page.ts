// Opening a logged-in page as a browser does: the GET (a named transaction, checked by its body),
// then the AJAX call every logged-in Moodle page makes (the message drawer's unsent message).
import { ajax } from './ajax.ts';
import { bodyText, expectPage, type MoodleSession } from './session.ts';

/** The page's HTML, or null when it was not a working logged-in page (the failure is counted). */
export function openPage(session: MoodleSession, path: string, name: string): string | null {
  const res = session.get(path, name);
  if (!expectPage(res, session, name)) return null;
  pageAjax(session);
  return bodyText(res);
}

export function pageAjax(session: MoodleSession): void {
  ajax(session, [{ methodname: 'core_message_get_unsent_message', args: {} }]);
}
