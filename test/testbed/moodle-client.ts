// A minimal Moodle client for the tests: fetch with redirect 'manual' and its own cookie jar, so each
// test sees exactly the statuses, Locations and Set-Cookie headers a load-test VU would.
export interface Reply {
  readonly status: number;
  readonly location: string | null;
  readonly setCookies: readonly string[];
  readonly contentType: string;
  readonly body: string;
}

export class MoodleClient {
  private readonly jar = new Map<string, string>();

  constructor(readonly base: string) {}

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  setCookie(name: string, value: string): void {
    this.jar.set(name, value);
  }

  get(path: string): Promise<Reply> {
    return this.request('GET', path);
  }

  postForm(path: string, fields: Record<string, string>): Promise<Reply> {
    return this.request('POST', path, 'application/x-www-form-urlencoded', new URLSearchParams(fields).toString());
  }

  postJson(path: string, value: unknown): Promise<Reply> {
    return this.request('POST', path, 'application/json', JSON.stringify(value));
  }

  /** GET the login page, POST the credentials, follow testsession; returns the POST's reply. */
  async logIn(username: string, password: string): Promise<Reply> {
    const token = loginToken((await this.get('/login/index.php')).body);
    return this.postForm('/login/index.php', { anchor: '', logintoken: token, username, password });
  }

  private async request(method: string, path: string, contentType?: string, body?: string): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (this.jar.size > 0) headers['Cookie'] = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (contentType !== undefined) headers['Content-Type'] = contentType;
    const url = path.startsWith('http') ? path : `${this.base}${path}`;
    const res = await fetch(url, { method, headers, body, redirect: 'manual' });
    const setCookies = res.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair] = line.split(';');
      const eq = (pair ?? '').indexOf('=');
      if (pair !== undefined && eq > 0) this.jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return { status: res.status, location: res.headers.get('location'), setCookies, contentType: res.headers.get('content-type') ?? '', body: await res.text() };
  }
}

export function loginToken(html: string): string {
  const match = /<input type="hidden" name="logintoken" value="([^"]*)">/.exec(html);
  if (match?.[1] === undefined) throw new Error('no logintoken in the page');
  return match[1];
}

export interface MCfg {
  readonly wwwroot: string;
  readonly sesskey: string;
  readonly userId: number;
  readonly sessiontimeout: string;
  readonly [key: string]: unknown;
}

/** Moodle's M.cfg the way FLOWS.md recommends reading it. */
export function mcfg(html: string): MCfg {
  const match = /M\.cfg = (\{.*?\});/.exec(html);
  if (match?.[1] === undefined) throw new Error('no M.cfg in the page');
  return JSON.parse(match[1]) as MCfg;
}

export function title(html: string): string | undefined {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1];
}

export function readUsersCsv(text: string): { username: string; password: string }[] {
  const [header, ...lines] = text.trim().split('\n');
  if (header !== 'username,password') throw new Error(`unexpected header ${header}`);
  return lines.map((line) => {
    const [username = '', password = ''] = line.split(',');
    return { username, password };
  });
}
