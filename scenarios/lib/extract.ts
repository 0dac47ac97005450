// Reading Moodle's pages: what a stock Moodle 4.5/5.x puts in them (see the captures in
// shared/moodle-reference). Plain functions over strings, so they are unit-tested against real pages.

/** The single-use login token of the login form. */
export function extractLoginToken(html: string): string | null {
  const m = /<input[^>]*name="logintoken"[^>]*value="([^"]+)"/.exec(html);
  return m?.[1] ?? null;
}

/** The M.cfg object every Moodle page carries in an inline script. */
export function extractMcfg(html: string): Record<string, unknown> | null {
  const m = /M\.cfg = (\{.*?\});/.exec(html);
  if (m?.[1] === undefined) return null;
  try {
    return JSON.parse(m[1]) as Record<string, unknown>;
  } catch {
    return null;
  }
}

export function extractSesskey(html: string): string | null {
  const cfg = extractMcfg(html);
  const key = cfg?.['sesskey'];
  return typeof key === 'string' && key !== '' ? key : null;
}

/** The logged-in user's id from M.cfg, 0 for an anonymous page, null when there is no M.cfg. */
export function extractUserId(html: string): number | null {
  const cfg = extractMcfg(html);
  const id = cfg?.['userId'];
  return typeof id === 'number' ? id : null;
}

export function isLoginPage(html: string): boolean {
  return /<form[^>]*id="login"/.test(html);
}

/** The text of Moodle's login error alert ("Invalid login, please try again", session timed out…). */
export function loginError(html: string): string | null {
  const m = /<div class="alert alert-danger" role="alert">([^<]*)<\/div>/.exec(html);
  return m?.[1]?.trim() ?? null;
}

/** Moodle's fatal error page: its message, or null when the page is not one. */
export function fatalError(html: string): string | null {
  if (!/data-rel="fatalerror"/.test(html)) return null;
  const m = /<p class="errormessage">([\s\S]*?)<\/p>/.exec(html);
  return (m?.[1] ?? 'unknown error').trim();
}

/**
 * The error code of a fatal error page, from its docs link (…/error/<module>/<code>): the same in
 * every language, unlike the message. Null when the page is not one or has no link.
 */
export function fatalErrorCode(html: string): string | null {
  if (!/data-rel="fatalerror"/.test(html)) return null;
  const m = /<p class="errorcode"><a href="[^"]*\/error\/[a-z0-9_]+\/([a-z0-9_]+)"/.exec(html);
  return m?.[1] ?? null;
}
