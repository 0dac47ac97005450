// login-storm: term start. Learners arrive at a rising rate (open model: the profile's arrival rate,
// not a fixed number of users), log in, load the dashboard with its AJAX, look around, log out.
import { loginStormJourney } from './lib/journeys/login-storm.ts';

export default function loginStorm(): void {
  loginStormJourney();
}
