// Just enough cookie handling for MoodleSession.
export const SESSION_COOKIE = 'MoodleSession';

/** Cookie header → name → value; the first of duplicate names wins, as in PHP. */
export function parseCookieHeader(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (name !== '' && !cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

/** Moodle's session cookie: path /, HttpOnly, no Expires (a browser-session cookie). */
export function sessionCookie(id: string): string {
  return `${SESSION_COOKIE}=${id}; path=/; HttpOnly`;
}
