// Term start's first wave: log in, the dashboard with its AJAX, a look around, log out.
import { dashboardAjax } from '../dashboard.ts';
import { login, logout } from '../login.ts';
import { chooseVisit } from '../tenancy.ts';
import { think } from '../think.ts';

export function loginStormJourney(): void {
  const { site, user } = chooseVisit();
  const session = login(site.target, user);
  if (session === null) return;
  dashboardAjax(session);
  think();
  logout(session);
}
