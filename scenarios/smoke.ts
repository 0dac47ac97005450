// smoke: one learner walks every transaction once: login, dashboard and its AJAX, logout.
// Use it first against a new site: if it fails, nothing after it will mean anything.
import { scenarioConfig } from './lib/config.ts';
import { dashboard, dashboardAjax } from './lib/dashboard.ts';
import { login, logout } from './lib/login.ts';
import { currentUser } from './lib/users.ts';

const config = scenarioConfig();

export default function smoke(): void {
  const session = login(config.target, currentUser());
  if (session === null) return;
  dashboardAjax(session);
  dashboard(session);
  logout(session);
}
