// /login/logout.php: with the session's sesskey → 303 to the front page with a new anonymous
// session; without (or with a wrong one) → Moodle's "Do you really want to log out?" page.
import { htmlPage, redirect } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import { renderPage } from './layout.ts';

export const logoutRoute: Route = {
  paths: ['/login/logout.php'],
  transaction: () => 'logout',
  handle: (ctx) => {
    const w = ctx.site.wwwroot;
    // Nothing to confirm for an anonymous client; Moodle still terminates the session.
    if (!ctx.loggedIn || ctx.validSesskey(ctx.request.url.searchParams.get('sesskey'))) {
      ctx.logOut();
      return redirect(`${w}/`);
    }
    const main = `<div class="box generalbox modal-content" id="notice"><p>Do you really want to log out?</p>
<a class="btn btn-primary" href="${w}/login/logout.php?sesskey=${ctx.sesskey}">Log out</a> <a class="btn btn-secondary" href="${w}/">Cancel</a></div>`;
    return htmlPage(renderPage(ctx, { title: 'Log out', bodyId: 'page-login-logout', bodyClasses: 'format-site path-login pagelayout-standard', main }));
  },
};
