// Moodle's require_sesskey on scripts that change something: a missing or wrong sesskey is the
// fatal error page "Your session has most likely timed out…" with HTTP 404 (errors/14 captured).
import type { PageContext } from '../app/context.ts';
import type { AppResponse } from '../http/types.ts';
import { fatalErrorPage, INVALID_SESSKEY_PAGE } from './errors.ts';

/** The error page to answer with, or null when the sesskey is the session's. */
export function requireSesskey(ctx: PageContext, sent: string | null): AppResponse | null {
  return ctx.validSesskey(sent) ? null : fatalErrorPage(ctx, INVALID_SESSKEY_PAGE);
}
