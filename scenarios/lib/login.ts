// Moodle's login: GET the form for its single-use logintoken, POST the credentials, follow the
// testsession redirect (Moodle checks the cookie came back), land on the dashboard, read the sesskey.
import { expect } from './failures.ts';
import { extractLoginToken, extractSesskey, extractUserId, loginError } from './extract.ts';
import { bodyText, location, MoodleSession, pageFailure } from './session.ts';
import type { MoodleUser } from './csv.ts';

export function login(target: string, user: MoodleUser): MoodleSession | null {
  const session = new MoodleSession(target);
  const page = session.get('/login/index.php', 'login_page');
  const token = extractLoginToken(bodyText(page));
  if (!expect('login page has a logintoken', 'login_page', page.status === 200 && token !== null, page.status === 200 ? 'no_logintoken' : 'http_status')) {
    return null;
  }
  const post = session.postForm(
    '/login/index.php',
    { anchor: '', logintoken: token ?? '', username: user.username, password: user.password },
    'login_post',
  );
  const next = location(post);
  if (!expect('login accepted (testsession redirect)', 'login_post', post.status === 303 && next.includes('testsession='), post.status === 303 ? 'login_rejected' : 'http_status')) {
    if (next.includes('loginredirect=1')) {
      // Read the reason Moodle gives, so the run log says why (never the password).
      const why = loginError(bodyText(session.get(next, 'login_page_error')));
      console.warn(`login of ${user.username} rejected: ${why ?? 'no message'}`);
    }
    return null;
  }
  const test = session.get(next, 'login_testsession');
  if (!expect('testsession redirects on', 'login_testsession', test.status === 303, 'http_status')) return null;
  const landing = session.get(location(test), 'dashboard');
  const html = bodyText(landing);
  session.sesskey = extractSesskey(html);
  session.userId = extractUserId(html);
  // The landing page must be a working page (not an error page that happens to carry M.cfg), with a sesskey.
  const failure = pageFailure(landing, session.target) ?? (session.sesskey !== null && (session.userId ?? 0) > 0 ? null : 'no_sesskey');
  if (!expect('logged in with a sesskey', 'dashboard', failure === null, failure ?? 'no_sesskey')) return null;
  return session;
}

/** Logs out with the sesskey, as the user menu's link does: 303 to the front page. */
export function logout(session: MoodleSession): boolean {
  const res = session.get(`/login/logout.php?sesskey=${session.sesskey ?? ''}`, 'logout');
  const ok = res.status === 303 && !location(res).includes('/login/');
  return expect('logged out', 'logout', ok, res.status === 303 ? 'unexpected_page' : 'http_status');
}
