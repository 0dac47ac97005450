// Moodle-like sessions: an anonymous session for every client, a new id and sesskey at login, a
// new anonymous one at logout. Bounded: idle sessions expire after Moodle's sessiontimeout and the
// least recently used are evicted past `maxSessions`, because a login storm creates one per client.
import { LOWER_ALPHANUMERIC, randomString } from './random.ts';

export const SESSION_TIMEOUT_SECONDS = 28800; // Moodle's default, shown in M.cfg.sessiontimeout

export interface Session {
  readonly id: string;
  /** Moodle's 10-character CSRF token, fixed for the session's life. */
  readonly sesskey: string;
  /** 0 = not logged in. */
  readonly userId: number;
  /** Created on first use, replaced after every validation (Moodle's single-use login token). */
  loginToken: string | null;
  /** Shown once by the next login page, like Moodle's $SESSION->loginerrormsg. */
  loginError: string | null;
  /** Where to go after login (the page that sent an anonymous user to log in). */
  wantsUrl: string | null;
  lastSeenMs: number;
}

export class SessionStore {
  // Map keeps insertion order; re-inserting on access makes the first key the least recently used.
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly maxSessions = 100_000,
    private readonly timeoutMs = SESSION_TIMEOUT_SECONDS * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.sessions.size;
  }

  /** The live session with this id, or undefined (unknown, expired, evicted or destroyed). */
  get(id: string | undefined): Session | undefined {
    if (id === undefined) return undefined;
    const session = this.sessions.get(id);
    if (session === undefined) return undefined;
    this.sessions.delete(id);
    if (this.now() - session.lastSeenMs > this.timeoutMs) return undefined;
    session.lastSeenMs = this.now();
    this.sessions.set(id, session);
    return session;
  }

  create(userId = 0, wantsUrl: string | null = null): Session {
    const session: Session = {
      id: randomString(26, LOWER_ALPHANUMERIC), // PHP's default session id length
      sesskey: randomString(10),
      userId,
      loginToken: null,
      loginError: null,
      wantsUrl,
      lastSeenMs: this.now(),
    };
    this.sessions.set(session.id, session);
    while (this.sessions.size > this.maxSessions) {
      const oldest = this.sessions.keys().next();
      if (oldest.done === true) break;
      this.sessions.delete(oldest.value);
    }
    return session;
  }

  destroy(id: string): void {
    this.sessions.delete(id);
  }

  /** The session's login token, created on first use. */
  loginToken(session: Session): string {
    session.loginToken ??= randomString(32);
    return session.loginToken;
  }

  /** Moodle's validate_login_token: compares, then always issues a fresh token, so none is reusable. */
  consumeLoginToken(session: Session, token: string): boolean {
    const current = session.loginToken;
    session.loginToken = randomString(32);
    return current !== null && token === current;
  }
}
