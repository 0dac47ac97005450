// Maps a path to its page family. Each route also names the transaction a request was (what it
// cost the web tier), judged after handling because Moodle's cost depends on the outcome (a page
// that redirects to the login page costs a fraction of the page).
import type { Transaction } from '../capacity/transactions.ts';
import type { PageContext } from '../app/context.ts';
import type { Site } from '../app/site.ts';
import type { AppRequest, AppResponse } from './types.ts';

export interface Route {
  /** Exact paths, e.g. ['/my/', '/my/index.php']. */
  readonly paths: readonly string[];
  /** Path prefixes for scripts with slash arguments, e.g. '/pluginfile.php/'. */
  readonly prefixes?: readonly string[];
  transaction(request: AppRequest, response: AppResponse, site: Site): Transaction;
  handle(context: PageContext): AppResponse;
}

export class Router {
  private readonly byPath = new Map<string, Route>();
  private readonly byPrefix: [string, Route][] = [];

  constructor(routes: readonly Route[]) {
    for (const route of routes) {
      for (const path of route.paths) {
        if (this.byPath.has(path)) throw new Error(`testbed: two routes for ${path}`);
        this.byPath.set(path, route);
      }
      for (const prefix of route.prefixes ?? []) this.byPrefix.push([prefix, route]);
    }
  }

  match(pathname: string): Route | undefined {
    return this.byPath.get(pathname) ?? this.byPrefix.find(([prefix]) => pathname.startsWith(prefix))?.[1];
  }
}
