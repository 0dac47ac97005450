// Moodle's require_login for pages: an anonymous client is sent to the login page (303) and the
// page it wanted is remembered for after the login.
import type { PageContext } from '../app/context.ts';
import { redirect } from '../http/responses.ts';
import type { AppResponse } from '../http/types.ts';

/** The redirect to answer with, or null when the client is logged in. */
export function requireLogin(ctx: PageContext): AppResponse | null {
  if (ctx.loggedIn) return null;
  ctx.session.wantsUrl = ctx.url(`${ctx.request.url.pathname}${ctx.request.url.search}`);
  return redirect(ctx.url('/login/index.php'));
}
