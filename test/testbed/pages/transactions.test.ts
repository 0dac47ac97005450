// Which transaction (cost) each request is charged, judged from the request and its answer.
import { describe, expect, it } from 'vitest';
import { MoodleApp } from '../../../testbed/app/application.ts';
import { TESTBED_COURSES } from '../../../testbed/app/courses.ts';
import { SessionStore } from '../../../testbed/app/sessions.ts';
import { createUsers, UserDirectory } from '../../../testbed/app/users.ts';
import { Router } from '../../../testbed/http/router.ts';
import type { AppRequest, AppResponse } from '../../../testbed/http/types.ts';
import { ROUTES } from '../../../testbed/pages/routes.ts';

const WWW = 'http://127.0.0.1:9';
const app = new MoodleApp(
  { wwwroot: WWW, shortName: 'testbed', fullName: 'T', users: new UserDirectory(createUsers(1)), sessions: new SessionStore(), courses: TESTBED_COURSES },
  new Router(ROUTES),
  () => undefined,
);
const req = (method: string, path: string): AppRequest => ({ method, url: new URL(`${WWW}${path}`), cookies: new Map(), contentType: '', body: '' });
const res = (status: number, location?: string): AppResponse => ({ status, headers: location === undefined ? {} : { Location: location }, body: '' });

describe('transaction classification', () => {
  it.each([
    ['GET', '/login/index.php', res(200), 'login_page'],
    ['GET', '/login/index.php?testsession=3', res(303, `${WWW}/my/`), 'testsession'],
    ['POST', '/login/index.php', res(303, `${WWW}/login/index.php?testsession=3`), 'login_post'],
    ['POST', '/login/index.php', res(303, `${WWW}/login/index.php?loginredirect=1`), 'login_post_failed'],
    ['GET', '/my/', res(200), 'dashboard'],
    ['GET', '/my/', res(303, `${WWW}/login/index.php`), 'require_login'],
    ['POST', '/lib/ajax/service.php', res(200), 'ajax'],
    ['GET', '/login/logout.php', res(303, `${WWW}/`), 'logout'],
    ['GET', '/', res(200), 'other'],
    ['GET', '/no/such/page.php', res(404), 'other'],
  ] as const)('%s %s answered %o is %s', (method, path, response, expected) => {
    expect(app.transaction(req(method, path), response)).toBe(expected);
  });

  it('matches what the handlers really answer', () => {
    expect(app.transaction(req('GET', '/my/'), app.handle(req('GET', '/my/')))).toBe('require_login');
    const post = { ...req('POST', '/login/index.php'), body: 'username=student001&password=x&logintoken=y' };
    expect(app.transaction(post, app.handle(post))).toBe('login_post_failed');
  });
});
