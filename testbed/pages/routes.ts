// Every page family the testbed serves. Add a family by writing pages/<family>.ts with its Route(s),
// its transactions in capacity/transactions.ts, and listing it here.
import type { Route } from '../http/router.ts';
import { ajaxRoute } from './ajax.ts';
import { dashboardRoute } from './dashboard.ts';
import { frontPageRoute } from './frontpage.ts';
import { loginRoute } from './login.ts';
import { logoutRoute } from './logout.ts';

export const ROUTES: readonly Route[] = [loginRoute, logoutRoute, dashboardRoute, ajaxRoute, frontPageRoute];
