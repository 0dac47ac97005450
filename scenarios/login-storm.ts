// login-storm: term start. Learners arrive at a rising rate (open model: the profile's arrival rate,
// not a fixed number of users), log in, load the dashboard with its AJAX, look around, log out.
import { scenarioConfig } from './lib/config.ts';
import { dashboardAjax } from './lib/dashboard.ts';
import { login, logout } from './lib/login.ts';
import { think } from './lib/think.ts';
import { currentUser } from './lib/users.ts';

const config = scenarioConfig();

export default function loginStorm(): void {
  const session = login(config.target, currentUser());
  if (session === null) return;
  dashboardAjax(session);
  think([1, 5]);
  logout(session);
}
