// Plays the testbed's broken mode (faults.ts) on a logged-in HTML page once it is answered. The
// token faults (wrong-logintoken, wrong-sesskey) live where the tokens are shown.
import type { AppResponse } from '../http/types.ts';
import { DB_READ_ERROR, fatalErrorPage, SESSION_LOCK_ERROR } from '../pages/errors.ts';
import type { PageContext } from './context.ts';

export function applyFault(ctx: PageContext, response: AppResponse): AppResponse {
  const fault = ctx.site.fault;
  const page = response.status === 200 && (response.headers['Content-Type'] ?? '').startsWith('text/html');
  if (fault === null || !page || !ctx.loggedIn) return response;
  switch (fault) {
    case 'errors-as-200':
      return fatalErrorPage(ctx, DB_READ_ERROR, 200);
    case 'session-lock':
      return fatalErrorPage(ctx, SESSION_LOCK_ERROR, 200);
    case 'expire-sessions':
      // The client keeps its cookie; the session behind it is gone, as after an idle timeout.
      ctx.site.sessions.destroy(ctx.session.id);
      return response;
    default:
      return response;
  }
}
