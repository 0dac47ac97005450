// The login → dashboard → AJAX → logout journey of FLOWS.md, end to end over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginToken, mcfg, MoodleClient, title } from '../moodle-client.ts';
import { startTestTestbed, type StartedTestbed } from '../start.ts';

let tb: StartedTestbed;
let base: string;

beforeAll(async () => {
  tb = await startTestTestbed();
  base = tb.testbed.url;
});
afterAll(() => tb.close());

function user(i: number): { username: string; password: string } {
  const u = tb.users[i];
  if (u === undefined) throw new Error(`no user ${i}`);
  return u;
}

describe('login page', () => {
  it('gives an anonymous client a session, a 32-character token twice and an anonymous M.cfg', async () => {
    const client = new MoodleClient(base);
    const page = await client.get('/login/index.php');
    expect(page.status).toBe(200);
    expect(page.setCookies).toHaveLength(1);
    expect(page.setCookies[0]).toMatch(/^MoodleSession=[a-z0-9]{26}; path=\/; HttpOnly$/);
    expect(title(page.body)).toBe('Log in to the site | testbed');
    const token = loginToken(page.body);
    expect(token).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(page.body.split(`name="logintoken" value="${token}"`)).toHaveLength(3);
    const cfg = mcfg(page.body);
    expect(cfg).toMatchObject({ wwwroot: base, userId: 0, sessiontimeout: '28800' });
    expect(cfg.sesskey).toMatch(/^[A-Za-z0-9]{10}$/);
    // The same session keeps its token until it is used, as Moodle does.
    const again = await client.get('/login/index.php');
    expect(again.setCookies).toHaveLength(0);
    expect(loginToken(again.body)).toBe(token);
  });
});

describe('successful login', () => {
  it('re-issues the session, goes through testsession to the dashboard, whose sesskey the AJAX endpoint accepts, and logs out', async () => {
    const { username, password } = user(0);
    const client = new MoodleClient(base);
    const anonymous = await client.get('/login/index.php');
    const anonymousSession = client.cookie('MoodleSession');
    const anonymousSesskey = mcfg(anonymous.body).sesskey;

    const post = await client.postForm('/login/index.php', { anchor: '', logintoken: loginToken(anonymous.body), username, password });
    expect(post.status).toBe(303);
    const userId = Number(/testsession=(\d+)$/.exec(post.location ?? '')?.[1]);
    expect(post.location).toBe(`${base}/login/index.php?testsession=${userId}`);
    expect(userId).toBeGreaterThan(0);
    expect(client.cookie('MoodleSession')).not.toBe(anonymousSession);
    expect(title(post.body)).toBe('Redirect');

    const testsession = await client.get(post.location ?? '');
    expect(testsession.status).toBe(303);
    expect(testsession.location).toBe(`${base}/my/`);

    const dashboard = await client.get('/my/');
    expect(dashboard.status).toBe(200);
    expect(title(dashboard.body)).toBe('Dashboard | testbed');
    const cfg = mcfg(dashboard.body);
    expect(cfg.userId).toBe(userId);
    expect(cfg.sesskey).not.toBe(anonymousSesskey);
    expect(dashboard.body).toContain(`${base}/login/logout.php?sesskey=${cfg.sesskey}`);

    const ajax = await client.postJson(`/lib/ajax/service.php?sesskey=${cfg.sesskey}&info=core_message_get_unsent_message`, [
      { index: 0, methodname: 'core_message_get_unsent_message', args: {} },
    ]);
    expect(ajax.status).toBe(200);
    expect(ajax.contentType).toBe('application/json; charset=utf-8');
    expect(JSON.parse(ajax.body)).toEqual([{ error: false, data: [] }]);

    const wrong = await client.postJson('/lib/ajax/service.php?sesskey=WRONGSESSKEY&info=core_message_get_unsent_message', [
      { index: 0, methodname: 'core_message_get_unsent_message', args: {} },
    ]);
    expect(wrong.status).toBe(200);
    expect(JSON.parse(wrong.body)).toMatchObject([{ error: true, exception: { errorcode: 'invalidsesskey' } }]);

    // Logged-in visitors of the home page are sent to the dashboard.
    expect((await client.get('/')).location).toBe(`${base}/my/`);

    const loggedInSession = client.cookie('MoodleSession');
    const logout = await client.get(`/login/logout.php?sesskey=${cfg.sesskey}`);
    expect(logout.status).toBe(303);
    expect(logout.location).toBe(`${base}/`);
    expect(client.cookie('MoodleSession')).not.toBe(loggedInSession);

    const front = await client.get('/');
    expect(front.status).toBe(200);
    expect(title(front.body)).toBe('Home | testbed');
    expect(mcfg(front.body).userId).toBe(0);
    expect(front.body).toContain(`<a href="${base}/login/index.php">Log in</a>`);

    // The logged-out session is dead: pages send to login, AJAX says the service needs a login.
    const stale = new MoodleClient(base);
    stale.setCookie('MoodleSession', loggedInSession ?? '');
    const my = await stale.get('/my/');
    expect(my.status).toBe(303);
    expect(my.location).toBe(`${base}/login/index.php`);
    expect(my.setCookies[0]).toMatch(/^MoodleSession=/);
    const staleAjax = new MoodleClient(base);
    staleAjax.setCookie('MoodleSession', loggedInSession ?? '');
    const dead = await staleAjax.postJson(`/lib/ajax/service.php?sesskey=${cfg.sesskey}&info=core_message_get_unsent_message`, [
      { index: 0, methodname: 'core_message_get_unsent_message', args: {} },
    ]);
    expect(JSON.parse(dead.body)).toMatchObject([{ error: true, exception: { errorcode: 'servicerequireslogin' } }]);
    expect(dead.setCookies).toHaveLength(1);
  });

  it('returns to the page an anonymous client first asked for', async () => {
    const { username, password } = user(1);
    const client = new MoodleClient(base);
    const my = await client.get('/my/index.php');
    expect(my.location).toBe(`${base}/login/index.php`);
    const post = await client.logIn(username, password);
    expect((await client.get(post.location ?? '')).location).toBe(`${base}/my/index.php`);
  });

  it('asks for confirmation when logout comes without the right sesskey, and stays logged in', async () => {
    const { username, password } = user(2);
    const client = new MoodleClient(base);
    await client.logIn(username, password);
    const confirm = await client.get('/login/logout.php?sesskey=nottheone1');
    expect(confirm.status).toBe(200);
    expect(title(confirm.body)).toBe('Log out | testbed');
    expect(confirm.body).toContain('Do you really want to log out?');
    expect((await client.get('/my/')).status).toBe(200);
  });
});

describe('failed login', () => {
  it('redirects a wrong password to loginredirect=1 and shows the error once', async () => {
    const { username } = user(0);
    const client = new MoodleClient(base);
    const post = await client.logIn(username, 'not-the-password');
    expect(post.status).toBe(303);
    expect(post.location).toBe(`${base}/login/index.php?loginredirect=1`);
    expect(post.setCookies).toHaveLength(0); // same anonymous session
    const page = await client.get(post.location ?? '');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div class="alert alert-danger" role="alert">Invalid login, please try again</div>');
    expect(page.body).toContain('id="loginerrormessage"');
    expect(mcfg(page.body).userId).toBe(0);
    const next = await client.get('/login/index.php');
    expect(next.body).not.toContain('Invalid login');
  });

  it('refuses a login token that was already used, even with the right password', async () => {
    const { username, password } = user(3);
    const client = new MoodleClient(base);
    const token = loginToken((await client.get('/login/index.php')).body);
    const first = await client.postForm('/login/index.php', { anchor: '', logintoken: token, username, password: 'wrong' });
    expect(first.location).toBe(`${base}/login/index.php?loginredirect=1`);
    const reused = await client.postForm('/login/index.php', { anchor: '', logintoken: token, username, password });
    expect(reused.location).toBe(`${base}/login/index.php?loginredirect=1`);
    // A fresh token from the page works.
    const fresh = loginToken((await client.get('/login/index.php')).body);
    expect(fresh).not.toBe(token);
    const ok = await client.postForm('/login/index.php', { anchor: '', logintoken: fresh, username, password });
    expect(ok.location).toMatch(/testsession=\d+$/);
  });

  it("refuses another session's token and a POST without a session", async () => {
    const { username, password } = user(4);
    const owner = new MoodleClient(base);
    const token = loginToken((await owner.get('/login/index.php')).body);
    const thief = new MoodleClient(base);
    await thief.get('/login/index.php');
    const stolen = await thief.postForm('/login/index.php', { anchor: '', logintoken: token, username, password });
    expect(stolen.location).toBe(`${base}/login/index.php?loginredirect=1`);
    const cookieless = await new MoodleClient(base).postForm('/login/index.php', { anchor: '', logintoken: token, username, password });
    expect(cookieless.location).toBe(`${base}/login/index.php?loginredirect=1`);
    // The owner's token was not consumed by the others' attempts.
    const ok = await owner.postForm('/login/index.php', { anchor: '', logintoken: token, username, password });
    expect(ok.location).toMatch(/testsession=\d+$/);
  });

  it('does not accept a testsession for another user id', async () => {
    const client = new MoodleClient(base);
    const reply = await client.get('/login/index.php?testsession=3');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('id="login"');
  });
});

describe('unknown paths', () => {
  it('answer 404 with Moodle’s fatal error page and still set a session', async () => {
    const reply = await new MoodleClient(base).get('/no/such/page.php');
    expect(reply.status).toBe(404);
    expect(title(reply.body)).toBe('Error | testbed');
    expect(reply.body).toMatch(/<div data-rel="fatalerror" class="box py-3 errorbox alert alert-danger"><p class="errormessage">[^<]+<\/p>/);
    expect(reply.setCookies[0]).toMatch(/^MoodleSession=/);
  });
});
