// The broken modes make a client with the scenarios' checks see the failure they stand for, while
// the HTTP status still looks fine.
import { describe, expect, it } from 'vitest';
import { ajaxFailure, classifyPage } from '../../../scenarios/lib/classify.ts';
import { extractLoginToken, extractSesskey, loginError } from '../../../scenarios/lib/extract.ts';
import { TESTBED_FAULTS, type TestbedFault } from '../../../testbed/app/faults.ts';
import { inProcessSite, WWW } from '../app-client.ts';

function loggedIn(fault: TestbedFault | undefined) {
  const tb = inProcessSite(fault === undefined ? {} : { fault });
  const client = tb.client();
  const user = tb.users[0] ?? { username: '', password: '' };
  const token = extractLoginToken(client.get('/login/index.php').body) ?? '';
  const post = client.postForm('/login/index.php', { anchor: '', logintoken: token, username: user.username, password: user.password });
  return { tb, client, post };
}

describe('testbed faults', () => {
  it('every fault is listed with what it does', () => {
    expect(Object.keys(TESTBED_FAULTS).sort()).toEqual(['errors-as-200', 'expire-sessions', 'session-lock', 'wrong-logintoken', 'wrong-sesskey']);
  });

  it('wrong-logintoken: every login is rejected as a wrong password would be', () => {
    const { client, post } = loggedIn('wrong-logintoken');
    expect(post.location).toBe(`${WWW}/login/index.php?loginredirect=1`);
    expect(loginError(client.get(post.location ?? '').body)).toBe('Invalid login, please try again');
  });

  it('wrong-sesskey: pages show a sesskey that AJAX and forms refuse', () => {
    const { client, post } = loggedIn('wrong-sesskey');
    const landing = client.get(client.get(post.location ?? '').location ?? '');
    const shown = extractSesskey(landing.body) ?? '';
    expect(shown).toMatch(/^[A-Za-z0-9]{10}$/);
    const res = client.postJson(`/lib/ajax/service.php?sesskey=${shown}&info=core_message_get_unsent_message`, [{ index: 0, methodname: 'core_message_get_unsent_message', args: {} }]);
    expect([res.status, ajaxFailure(res.status, res.body, 1)]).toEqual([200, 'invalid_sesskey']);
  });

  it('expire-sessions: the session dies after its first page; the next request goes to the login page', () => {
    const { client, post } = loggedIn('expire-sessions');
    const landing = client.get(client.get(post.location ?? '').location ?? '');
    expect(classifyPage(landing.status, '', landing.body, WWW)).toBeNull();
    const next = client.get('/course/view.php?id=4');
    expect(classifyPage(next.status, next.location ?? '', next.body, WWW)).toBe('session_lost');
  });

  it.each([
    ['errors-as-200', 'moodle_error'],
    ['session-lock', 'session_lock'],
  ] as const)('%s: logged-in pages fail with HTTP 200 as %s', (fault, kind) => {
    const { client, post } = loggedIn(fault);
    client.get(post.location ?? '');
    const page = client.get('/course/view.php?id=4');
    expect(page.status).toBe(200);
    expect(classifyPage(page.status, '', page.body, WWW)).toBe(kind);
    expect(post.location).toContain('testsession='); // the login itself goes through
  });

  it('no fault: the same steps are all fine', () => {
    const { client, post } = loggedIn(undefined);
    const landing = client.get(client.get(post.location ?? '').location ?? '');
    expect(classifyPage(landing.status, '', landing.body, WWW)).toBeNull();
    const page = client.get('/course/view.php?id=4');
    expect(classifyPage(page.status, '', page.body, WWW)).toBeNull();
  });
});
