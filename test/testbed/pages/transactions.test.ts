// Which transaction (cost) each request is charged, judged from the request and its answer.
import { describe, expect, it } from 'vitest';
import { MoodleApp } from '../../../testbed/app/application.ts';
import { createSite } from '../../../testbed/app/site.ts';
import { createUsers, UserDirectory } from '../../../testbed/app/users.ts';
import { Router } from '../../../testbed/http/router.ts';
import type { AppRequest, AppResponse } from '../../../testbed/http/types.ts';
import { ROUTES } from '../../../testbed/pages/routes.ts';

const WWW = 'http://127.0.0.1:9';
const app = new MoodleApp(
  createSite({ wwwroot: WWW, fullName: 'T', users: new UserDirectory(createUsers(1)) }),
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
    ['GET', '/my/courses.php', res(200), 'my_courses'],
    ['GET', '/course/view.php?id=4', res(200), 'course_view'],
    ['GET', '/course/view.php?id=2', res(200), 'course_view_large'],
    ['GET', '/course/view.php?id=4', res(303, `${WWW}/login/index.php`), 'require_login'],
    ['GET', '/mod/page/view.php?id=69', res(200), 'page_view'],
    ['GET', '/mod/forum/view.php?id=70', res(200), 'forum_view'],
    ['GET', '/mod/forum/discuss.php?d=12', res(200), 'forum_discussion'],
    ['GET', '/mod/resource/view.php?id=61', res(303, `${WWW}/pluginfile.php/561/mod_resource/content/0/resource1.txt`), 'resource_view'],
    ['GET', '/pluginfile.php/561/mod_resource/content/0/resource1.txt', res(200), 'resource_file'],
    ['GET', '/mod/quiz/view.php?id=71', res(200), 'quiz_view'],
    ['POST', '/mod/quiz/startattempt.php', res(303, `${WWW}/mod/quiz/attempt.php?attempt=1&cmid=71`), 'quiz_startattempt'],
    ['POST', '/mod/quiz/startattempt.php', res(200), 'quiz_preflight'],
    ['GET', '/mod/quiz/attempt.php?attempt=1&cmid=71', res(200), 'quiz_attempt_page'],
    ['POST', '/mod/quiz/processattempt.php?cmid=71', res(303, `${WWW}/mod/quiz/attempt.php?attempt=1&cmid=71&page=1`), 'quiz_processattempt'],
    ['POST', '/mod/quiz/processattempt.php?cmid=71', res(303, `${WWW}/mod/quiz/summary.php?attempt=1&cmid=71`), 'quiz_processattempt'],
    ['POST', '/mod/quiz/processattempt.php', res(303, `${WWW}/mod/quiz/review.php?attempt=1&cmid=71`), 'quiz_finish'],
    ['POST', '/mod/quiz/autosave.ajax.php', res(200), 'quiz_autosave'],
    ['GET', '/mod/quiz/summary.php?attempt=1&cmid=71', res(200), 'quiz_summary'],
    ['GET', '/mod/quiz/review.php?attempt=1&cmid=71', res(200), 'quiz_review'],
    ['POST', '/webservice/rest/server.php', res(200), 'webservice'],
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
