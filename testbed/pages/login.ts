// /login/index.php: the login form (single-use logintoken tied to the session), the POST that
// re-issues the session and sends the client through ?testsession=<id>, and the failure path
// (303 to ?loginredirect=1, then the form with "Invalid login, please try again").
import type { PageContext } from '../app/context.ts';
import { htmlPage, redirect } from '../http/responses.ts';
import type { Route } from '../http/router.ts';
import type { AppResponse } from '../http/types.ts';
import { escapeHtml } from './html.ts';
import { renderPage } from './layout.ts';

export const INVALID_LOGIN = 'Invalid login, please try again';
export const COOKIES_NOT_ENABLED = 'Cookies must be enabled in your browser';

export const loginRoute: Route = {
  paths: ['/login/index.php', '/login/', '/login'],
  transaction: (request, response) => {
    if (request.method === 'POST' && response.status === 303) {
      return response.headers['Location']?.includes('testsession=') === true ? 'login_post' : 'login_post_failed';
    }
    return request.url.searchParams.has('testsession') ? 'testsession' : 'login_page';
  },
  handle: (ctx) => {
    if (ctx.request.method === 'POST') {
      const form = new URLSearchParams(ctx.request.body);
      // Moodle treats a POST without credentials as a plain visit of the page.
      if (form.has('username')) return postLogin(ctx, form);
    }
    const testsession = ctx.request.url.searchParams.get('testsession');
    if (testsession !== null) return testSession(ctx, testsession);
    if (ctx.loggedIn) return alreadyLoggedIn(ctx);
    const error = ctx.session.loginError;
    ctx.session.loginError = null; // shown once
    return loginPage(ctx, error);
  },
};

function postLogin(ctx: PageContext, form: URLSearchParams): AppResponse {
  // Like Moodle's authenticate_user_login: the token is checked (and replaced) before the password.
  const tokenOk = ctx.site.sessions.consumeLoginToken(ctx.session, form.get('logintoken') ?? '');
  const user = tokenOk ? ctx.site.users.authenticate(form.get('username') ?? '', form.get('password') ?? '') : undefined;
  if (user === undefined) {
    ctx.session.loginError = INVALID_LOGIN;
    return redirect(ctx.url('/login/index.php?loginredirect=1'));
  }
  const session = ctx.logIn(user.id);
  return redirect(ctx.url(`/login/index.php?testsession=${session.userId}`));
}

/** Moodle's check that the client kept the new cookie, then on to the wanted page or the dashboard. */
function testSession(ctx: PageContext, testsession: string): AppResponse {
  if (ctx.loggedIn && testsession === String(ctx.session.userId)) {
    const target = ctx.session.wantsUrl ?? ctx.url('/my/');
    ctx.session.wantsUrl = null;
    return redirect(target);
  }
  return loginPage(ctx, COOKIES_NOT_ENABLED);
}

function alreadyLoggedIn(ctx: PageContext): AppResponse {
  const user = ctx.site.users.byUserId(ctx.session.userId);
  const w = ctx.site.wwwroot;
  const main = `<div class="box generalbox modal-content" id="notice"><p>You are already logged in as ${escapeHtml(user?.fullname ?? 'a user')}, you need to log out before logging in as different user.</p>
<a class="btn btn-primary" href="${w}/login/logout.php?sesskey=${ctx.sesskey}">Log out</a> <a class="btn btn-secondary" href="${w}/">Cancel</a></div>`;
  return htmlPage(renderPage(ctx, { title: 'Log in to the site', bodyId: 'page-login-index', bodyClasses: 'format-site path-login pagelayout-login', main }));
}

export function loginPage(ctx: PageContext, error: string | null): AppResponse {
  const w = ctx.site.wwwroot;
  const real = ctx.site.sessions.loginToken(ctx.session);
  // The wrong-logintoken fault hands out a token that does not validate.
  const token = ctx.site.fault === 'wrong-logintoken' ? `${real.slice(1)}${real.charAt(0) === 'x' ? 'y' : 'x'}` : real;
  const alert =
    error === null
      ? ''
      : `
        <a href="#" id="loginerrormessage" class="visually-hidden">${escapeHtml(error)}</a>
        <div class="alert alert-danger" role="alert">${escapeHtml(error)}</div>`;
  // The token appears twice, as in Moodle: the login form and the guest-access form.
  const main = `<div class="loginform">
        <h1 class="login-heading mb-4">Log in to ${escapeHtml(ctx.site.fullName)}</h1>${alert}
        <form class="login-form" action="${w}/login/index.php" method="post" id="login">
            <input id="anchor" type="hidden" name="anchor" value="">
            <script>document.getElementById('anchor').value = location.hash;</script>
            <input type="hidden" name="logintoken" value="${token}">
            <div class="login-form-username mb-3">
                <label for="username" class="visually-hidden">Username</label>
                <input type="text" name="username" id="username" class="form-control form-control-lg" value="" placeholder="Username" autocomplete="username">
            </div>
            <div class="login-form-password mb-3">
                <label for="password" class="visually-hidden">Password</label>
                <input type="password" name="password" id="password" value="" class="form-control form-control-lg" placeholder="Password" autocomplete="current-password">
            </div>
            <div class="login-form-submit mb-3">
                <button class="btn btn-primary btn-lg" type="submit" id="loginbtn">Log in</button>
            </div>
        </form>
        <div class="login-divider"></div>
        <h2 class="login-heading">Some courses may allow guest access</h2>
        <form action="${w}/login/index.php" method="post" id="guestlogin">
            <input type="hidden" name="logintoken" value="${token}">
            <input type="hidden" name="username" value="guest" />
            <input type="hidden" name="password" value="guest" />
            <button class="btn btn-secondary" type="submit" id="loginguestbtn">Access as a guest</button>
        </form>
</div>`;
  return htmlPage(
    renderPage(ctx, { title: 'Log in to the site', bodyId: 'page-login-index', bodyClasses: 'format-site path-login pagelayout-login', main, navbar: false }),
  );
}
