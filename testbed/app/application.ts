// The Moodle side of the testbed: routes a request to its page family inside a PageContext and
// turns a handler bug into Moodle's error page (HTTP 500, counted as a target 5XX) instead of a crash.
import type { Transaction } from '../capacity/transactions.ts';
import type { Router } from '../http/router.ts';
import type { AppRequest, AppResponse } from '../http/types.ts';
import { fatalErrorPage, notFoundRoute, UNEXPECTED_ERROR } from '../pages/errors.ts';
import { errorKind, warnOncePerKind, type Warn } from '../warn-once.ts';
import { applyFault } from './apply-fault.ts';
import { PageContext } from './context.ts';
import type { Site } from './site.ts';

export class MoodleApp {
  private readonly warnOnce: (kind: string, message: string) => void;

  constructor(
    readonly site: Site,
    private readonly router: Router,
    warn: Warn,
  ) {
    this.warnOnce = warnOncePerKind(warn);
  }

  /** What serving the request cost the web tier, given how it was answered. */
  transaction(request: AppRequest, response: AppResponse): Transaction {
    return this.router.match(request.url.pathname)?.transaction(request, response, this.site) ?? 'other';
  }

  handle(request: AppRequest): AppResponse {
    const ctx = new PageContext(request, this.site);
    const route = this.router.match(request.url.pathname);
    try {
      return ctx.finish(applyFault(ctx, route === undefined ? notFoundRoute(ctx) : route.handle(ctx)));
    } catch (error) {
      this.warnOnce(`page:${errorKind(error)}`, `testbed: ${request.method} ${request.url.pathname} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return ctx.finish(fatalErrorPage(ctx, UNEXPECTED_ERROR, 500));
    }
  }
}
