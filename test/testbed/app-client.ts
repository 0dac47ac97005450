// The testbed's Moodle app in process, without sockets or the capacity model: each test gets its own
// site and clients with cookie jars, and sees exactly the statuses, Locations and bodies a VU would.
import { MoodleApp } from '../../testbed/app/application.ts';
import type { TestbedFault } from '../../testbed/app/faults.ts';
import { createSite, type Site } from '../../testbed/app/site.ts';
import { createUsers, UserDirectory, type TestbedUser } from '../../testbed/app/users.ts';
import { SESSION_COOKIE } from '../../testbed/http/cookies.ts';
import { Router } from '../../testbed/http/router.ts';
import { ROUTES } from '../../testbed/pages/routes.ts';
import { loginToken, type Reply } from './moodle-client.ts';

export const WWW = 'http://127.0.0.1:8080';

export interface InProcessSite {
  readonly app: MoodleApp;
  readonly site: Site;
  readonly users: readonly TestbedUser[];
  client(): AppClient;
}

export function inProcessSite(options: { fault?: TestbedFault; quizAutosaveSeconds?: number; users?: number } = {}): InProcessSite {
  const users = createUsers(options.users ?? 3);
  const site = createSite({ wwwroot: WWW, users: new UserDirectory(users), fault: options.fault ?? null, quizAutosaveSeconds: options.quizAutosaveSeconds ?? 60 });
  const app = new MoodleApp(site, new Router(ROUTES), () => undefined);
  return { app, site, users, client: () => new AppClient(app) };
}

export class AppClient {
  private session: string | undefined;

  constructor(private readonly app: MoodleApp) {}

  /** The MoodleSession cookie this client holds. */
  get sessionId(): string | undefined {
    return this.session;
  }

  get(path: string): Reply {
    return this.request('GET', path, '', '');
  }

  postForm(path: string, fields: Record<string, string> | ReadonlyMap<string, string>): Reply {
    const entries = fields instanceof Map ? [...fields] : Object.entries(fields);
    return this.request('POST', path, 'application/x-www-form-urlencoded', new URLSearchParams(entries).toString());
  }

  postJson(path: string, value: unknown): Reply {
    return this.request('POST', path, 'application/json', JSON.stringify(value));
  }

  /** Logs in and lands on the dashboard; returns the landing page. */
  logIn(user: { username: string; password: string }): Reply {
    const token = loginToken(this.get('/login/index.php').body);
    const post = this.postForm('/login/index.php', { anchor: '', logintoken: token, username: user.username, password: user.password });
    const test = this.get(post.location ?? '');
    return this.get(test.location ?? '');
  }

  private request(method: string, path: string, contentType: string, body: string): Reply {
    const url = new URL(path.startsWith('http') ? path : `${WWW}${path}`);
    const cookies = new Map<string, string>(this.session === undefined ? [] : [[SESSION_COOKIE, this.session]]);
    const res = this.app.handle({ method, url, cookies, contentType, body });
    const setCookie = res.headers['Set-Cookie'];
    const m = setCookie === undefined ? null : new RegExp(`^${SESSION_COOKIE}=([^;]*)`).exec(setCookie);
    if (m?.[1] !== undefined) this.session = m[1];
    return { status: res.status, location: res.headers['Location'] ?? null, setCookies: setCookie === undefined ? [] : [setCookie], contentType: res.headers['Content-Type'] ?? '', body: res.body };
  }
}
