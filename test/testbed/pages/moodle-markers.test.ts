// The testbed's pages must carry the markers a client of a stock Moodle 5.0 relies on. Each check
// is applied to the captured Moodle page AND to the testbed's, so a check that stops matching
// Moodle fails here too. The captures are read at test time, never copied into the project.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginToken, mcfg, MoodleClient, title, type Reply } from '../moodle-client.ts';
import { startTestTestbed, type StartedTestbed } from '../start.ts';
import { capture, referenceDir } from '../../reference.ts';

const reference = capture;

let tb: StartedTestbed;
beforeAll(async () => {
  tb = await startTestTestbed();
});
afterAll(() => tb.close());

/** Site short name from a "<Page> | <site>" title. */
function siteOf(html: string): string {
  return title(html)?.split(' | ')[1] ?? '';
}

function loginPageMarkers(html: string): void {
  const cfg = mcfg(html);
  expect(title(html)).toBe(`Log in to the site | ${siteOf(html)}`);
  expect(html).toContain(`<form class="login-form" action="${cfg.wwwroot}/login/index.php" method="post" id="login">`);
  expect(html).toContain('<input id="anchor" type="hidden" name="anchor" value="">');
  const tokens = [...html.matchAll(/<input type="hidden" name="logintoken" value="([A-Za-z0-9]{32})">/g)].map((m) => m[1]);
  expect(tokens).toHaveLength(2);
  expect(tokens[1]).toBe(tokens[0]);
  expect(loginToken(html)).toBe(tokens[0]);
  expect(html).toMatch(/<input type="text" name="username" id="username"/);
  expect(html).toMatch(/<input type="password" name="password" id="password"/);
  expect(html).toMatch(/<button class="btn btn-primary btn-lg" type="submit" id="loginbtn">/);
  expect(html).toMatch(/<body\s+id="page-login-index" class="[^"]*\bnotloggedin\b/);
  expect(cfg.sesskey).toMatch(/^[A-Za-z0-9]{10}$/);
  expect(cfg.userId).toBe(0);
  expect(cfg.sessiontimeout).toBe('28800');
}

function loginErrorMarkers(html: string): void {
  expect(html).toContain('<div class="alert alert-danger" role="alert">Invalid login, please try again</div>');
  expect(html).toMatch(/<a href="#" id="loginerrormessage" class="visually-hidden">Invalid login, please try again<\/a>/);
}

function dashboardMarkers(html: string): void {
  const cfg = mcfg(html);
  expect(title(html)).toBe(`Dashboard | ${siteOf(html)}`);
  expect(cfg.userId).toBeGreaterThan(0);
  expect(html).toContain(`href="${cfg.wwwroot}/login/logout.php?sesskey=${cfg.sesskey}"`);
  expect(html).toContain(`<input type="hidden" name="sesskey" value="${cfg.sesskey}">`);
  expect(html).toMatch(/<body\s+id="page-my-index"/);
  expect(html).toMatch(new RegExp(`data-userid="${cfg.userId}"`));
  for (const block of ['timeline', 'calendar_month', 'recentlyaccesseditems']) expect(html).toContain(`data-block="${block}"`);
}

function redirectMarkers(reply: Pick<Reply, 'body' | 'location'>): void {
  expect(title(reply.body)).toBe('Redirect');
  expect(reply.body).toContain(`<a href="${reply.location ?? ''}">Continue</a>`);
}

function fatalErrorMarkers(html: string): void {
  expect(title(html)).toBe(`Error | ${siteOf(html)}`);
  expect(html).toMatch(/<div data-rel="fatalerror" class="box py-3 errorbox alert alert-danger"><p class="errormessage">[^<]+<\/p><p class="errorcode"><a href="https:\/\/docs\.moodle\.org\/500\/en\/error\/[a-z]+\/[a-z]+">More information about this error<\/a>/);
}

function frontPageMarkers(html: string): void {
  const cfg = mcfg(html);
  expect(title(html)).toBe(`Home | ${siteOf(html)}`);
  expect(cfg.userId).toBe(0);
  expect(html).toContain(`<a href="${cfg.wwwroot}/login/index.php">Log in</a>`);
}

function keys(value: unknown): string[] {
  return Object.keys(value as object).sort();
}

describe(`markers shared with the Moodle 5.0 captures in ${referenceDir}`, () => {
  it('login page', async () => {
    loginPageMarkers(reference('login/01-get-login-page.html'));
    const ours = await new MoodleClient(tb.testbed.url).get('/login/index.php');
    loginPageMarkers(ours.body);
    // Same M.cfg fields as Moodle 5.0, so clients reading any of them work on both.
    expect(keys(mcfg(ours.body))).toEqual(keys(mcfg(reference('login/01-get-login-page.html'))));
  });

  it('login page after a failed login', async () => {
    loginErrorMarkers(reference('errors/08-wrong-password-login-page-with-error.html'));
    const client = new MoodleClient(tb.testbed.url);
    const post = await client.logIn(tb.users[0]?.username ?? '', 'wrong');
    const ours = await client.get(post.location ?? '');
    loginErrorMarkers(ours.body);
    loginPageMarkers(ours.body);
  });

  it('redirect pages', async () => {
    const captured = JSON.parse(reference('login/02-post-login.json')) as { response: { location: string } };
    redirectMarkers({ body: reference('login/02-post-login.html'), location: captured.response.location });
    const u = tb.users[1];
    const post = await new MoodleClient(tb.testbed.url).logIn(u?.username ?? '', u?.password ?? '');
    expect(post.status).toBe(303);
    redirectMarkers(post);
  });

  it('dashboard', async () => {
    dashboardMarkers(reference('dashboard/01-get-my.html'));
    const u = tb.users[2];
    const client = new MoodleClient(tb.testbed.url);
    await client.logIn(u?.username ?? '', u?.password ?? '');
    const ours = await client.get('/my/');
    dashboardMarkers(ours.body);
    expect(keys(mcfg(ours.body))).toEqual(keys(mcfg(reference('dashboard/01-get-my.html'))));
  });

  it('front page', async () => {
    frontPageMarkers(reference('login/06-get-after-logout-frontpage.html'));
    frontPageMarkers((await new MoodleClient(tb.testbed.url).get('/')).body);
  });

  it('fatal error page', async () => {
    fatalErrorMarkers(reference('errors/14-invalid-sesskey-post-processattempt.html'));
    const ours = await new MoodleClient(tb.testbed.url).get('/no/such/page.php');
    fatalErrorMarkers(ours.body);
  });

  it('AJAX errors and replies have the captured shapes', async () => {
    const client = new MoodleClient(tb.testbed.url);
    const u = tb.users[3];
    await client.logIn(u?.username ?? '', u?.password ?? '');
    const { sesskey } = mcfg((await client.get('/my/')).body);
    const post = async (key: string, who: MoodleClient, methodname: string, args: Record<string, unknown>): Promise<unknown[]> =>
      JSON.parse((await who.postJson(`/lib/ajax/service.php?sesskey=${key}&info=${methodname}`, [{ index: 0, methodname, args }])).body) as unknown[];

    const capturedBadKey = JSON.parse(reference('errors/15-ajax-invalid-sesskey.html')) as unknown[];
    const oursBadKey = await post('WRONGSESSKEY', client, 'core_message_get_unsent_message', {});
    const [cb, ob] = [capturedBadKey[0] as { exception: Record<string, string> }, oursBadKey[0] as { exception: Record<string, string> }];
    expect(keys(ob)).toEqual(keys(cb));
    expect(keys(ob.exception)).toEqual(keys(cb.exception));
    expect(ob.exception['errorcode']).toBe(cb.exception['errorcode']);
    expect(ob.exception['message']).toBe(cb.exception['message']);
    expect(ob.exception['moreinfourl']).toBe(cb.exception['moreinfourl']);

    const capturedNoLogin = JSON.parse(reference('errors/05-ajax-after-logout.html')) as unknown[];
    const oursNoLogin = await post(sesskey, new MoodleClient(tb.testbed.url), 'core_message_get_unsent_message', {});
    const [cn, on] = [capturedNoLogin[0] as { exception: Record<string, string> }, oursNoLogin[0] as { exception: Record<string, string> }];
    expect(keys(on.exception)).toEqual(keys(cn.exception));
    expect(on.exception['errorcode']).toBe(cn.exception['errorcode']);
    expect(on.exception['message']).toBe(cn.exception['message']);
    expect(on.exception['moreinfourl']).toBe(cn.exception['moreinfourl']);

    const capturedCalendar = JSON.parse(reference('dashboard/04-ajax-core_calendar_get_action_events_by_timesort.html')) as unknown[];
    expect(await post(sesskey, client, 'core_calendar_get_action_events_by_timesort', { limitnum: 6 })).toEqual(capturedCalendar);

    const capturedCourses = JSON.parse(reference('dashboard/10-ajax-core_course_get_enrolled_courses_by_timeline_classification.html')) as { data: { courses: unknown[] } }[];
    const oursCourses = (await post(sesskey, client, 'core_course_get_enrolled_courses_by_timeline_classification', { offset: 0, limit: 0, classification: 'all' })) as typeof capturedCourses;
    expect(keys(oursCourses[0]?.data)).toEqual(keys(capturedCourses[0]?.data));
    expect(keys(oursCourses[0]?.data.courses[0])).toEqual(keys(capturedCourses[0]?.data.courses[0]));
  });
});
