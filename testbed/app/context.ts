// One request's view of the site: its session (created when the cookie is missing or dead) and the
// session changes Moodle makes at login and logout. The MoodleSession cookie is set whenever the
// session the response leaves behind is not the one the client sent.
import { SESSION_COOKIE, sessionCookie } from '../http/cookies.ts';
import type { AppRequest, AppResponse } from '../http/types.ts';
import type { Session } from './sessions.ts';
import type { Site } from './site.ts';

export class PageContext {
  private current: Session;

  constructor(
    readonly request: AppRequest,
    readonly site: Site,
  ) {
    this.current = site.sessions.get(request.cookies.get(SESSION_COOKIE)) ?? site.sessions.create();
  }

  get session(): Session {
    return this.current;
  }

  get loggedIn(): boolean {
    return this.current.userId > 0;
  }

  /** The sesskey pages show: the session's, or a wrong one when the testbed plays that fault. */
  get sesskey(): string {
    const real = this.current.sesskey;
    if (this.site.fault !== 'wrong-sesskey') return real;
    const wrong = real.split('').reverse().join('');
    return wrong === real ? `${real.slice(1)}x` : wrong;
  }

  /** Moodle's confirm_sesskey: the value sent must be the session's own. */
  validSesskey(sent: string | null): boolean {
    return sent !== null && sent === this.current.sesskey;
  }

  /** Absolute URL on this site. */
  url(path: string): string {
    return `${this.site.wwwroot}${path}`;
  }

  /** Moodle's login: the session id is re-issued (and the sesskey with it); wantsurl survives. */
  logIn(userId: number): Session {
    const old = this.current;
    this.site.sessions.destroy(old.id);
    this.current = this.site.sessions.create(userId, old.wantsUrl);
    return this.current;
  }

  /** Moodle's logout: the session is destroyed and a new anonymous one issued. */
  logOut(): Session {
    this.site.sessions.destroy(this.current.id);
    this.current = this.site.sessions.create();
    return this.current;
  }

  /** Adds Set-Cookie when the client does not hold the current session yet. */
  finish(response: AppResponse): AppResponse {
    if (this.request.cookies.get(SESSION_COOKIE) === this.current.id) return response;
    return { ...response, headers: { ...response.headers, 'Set-Cookie': sessionCookie(this.current.id) } };
  }
}
