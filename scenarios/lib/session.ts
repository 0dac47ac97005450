// One learner's browser: its own cookie jar (so each login starts clean), the wwwroot, and the sesskey
// once logged in. Redirects are not followed automatically: every hop is its own named transaction,
// and the Location is what tells success from failure in Moodle's login.
import http, { type RefinedResponse, type ResponseType } from 'k6/http';
import { expect, type FailureKind } from './failures.ts';
import { classifyPage, classifyRedirect } from './classify.ts';
import { urlEncode } from './html-forms.ts';

export type Response = RefinedResponse<ResponseType | undefined>;

export class MoodleSession {
  readonly target: string;
  readonly jar: http.CookieJar;
  sesskey: string | null = null;
  userId: number | null = null;

  constructor(target: string) {
    this.target = target;
    this.jar = new http.CookieJar();
  }

  url(path: string): string {
    return path.startsWith('http') ? path : `${this.target}${path}`;
  }

  get(path: string, name: string): Response {
    return http.get(this.url(path), { jar: this.jar, redirects: 0, tags: { name } });
  }

  postForm(path: string, fields: Record<string, string>, name: string): Response {
    return http.post(this.url(path), fields, { jar: this.jar, redirects: 0, tags: { name } });
  }

  /** A form POST with the fields in order (Moodle's forms repeat names and PHP keeps the last). */
  postFields(path: string, fields: ReadonlyMap<string, string>, name: string): Response {
    return http.post(this.url(path), urlEncode(fields), {
      jar: this.jar,
      redirects: 0,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      tags: { name },
    });
  }

  /** A GET whose body is not kept (files a learner downloads). */
  download(path: string, name: string): Response {
    return http.get(this.url(path), { jar: this.jar, redirects: 0, responseType: 'none', tags: { name } });
  }

  postJson(path: string, body: unknown, name: string): Response {
    return http.post(this.url(path), JSON.stringify(body), {
      jar: this.jar,
      redirects: 0,
      headers: { 'Content-Type': 'application/json' },
      tags: { name },
    });
  }
}

export function location(res: Response): string {
  const value = res.headers['Location'] ?? res.headers['location'];
  return typeof value === 'string' ? value : '';
}

export function bodyText(res: Response): string {
  return typeof res.body === 'string' ? res.body : '';
}

/** What is wrong with a page that should be a logged-in Moodle page, or null when it is fine. */
export function pageFailure(res: Response, target: string): FailureKind | null {
  return classifyPage(res.status, location(res), bodyText(res), target);
}

/** Checks that a GET gave a working logged-in page; counts the failure kind when not. */
export function expectPage(res: Response, session: MoodleSession, transaction: string): boolean {
  const failure = pageFailure(res, session.target);
  return expect(`${transaction} is a logged-in page`, transaction, failure === null, failure ?? 'unexpected_page');
}

/** Checks that a response is a 303 to where `expected` says; counts the failure kind when not. */
export function expectRedirect(res: Response, session: MoodleSession, transaction: string, what: string, expected: (location: string) => boolean): boolean {
  const failure = classifyRedirect(res.status, location(res), bodyText(res), session.target, expected);
  return expect(`${transaction} redirects to ${what}`, transaction, failure === null, failure ?? 'unexpected_page');
}
