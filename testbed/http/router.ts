// Maps a path to its page family. Each route also names the transaction a request was (what it
// cost the web tier), judged after handling because Moodle's cost depends on the outcome (a page
// that redirects to the login page costs a fraction of the page).
import type { Transaction } from '../capacity/transactions.ts';
import type { PageContext } from '../app/context.ts';
import type { AppRequest, AppResponse } from './types.ts';

export interface Route {
  /** Exact paths, e.g. ['/my/', '/my/index.php']. */
  readonly paths: readonly string[];
  transaction(request: AppRequest, response: AppResponse): Transaction;
  handle(context: PageContext): AppResponse;
}

export class Router {
  private readonly byPath = new Map<string, Route>();

  constructor(routes: readonly Route[]) {
    for (const route of routes) {
      for (const path of route.paths) {
        if (this.byPath.has(path)) throw new Error(`testbed: two routes for ${path}`);
        this.byPath.set(path, route);
      }
    }
  }

  match(pathname: string): Route | undefined {
    return this.byPath.get(pathname);
  }
}
