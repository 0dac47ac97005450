// Users are read once into a SharedArray (one copy for all VUs). Each VU takes its own user so two
// VUs never share a Moodle session (Moodle serialises one session's requests behind a lock).
import { SharedArray } from 'k6/data';
import exec from 'k6/execution';
import { parseUsersCsv, type MoodleUser } from './csv.ts';
import { scenarioConfig } from './config.ts';

const users = new SharedArray<MoodleUser>('users', () => parseUsersCsv(open(scenarioConfig().usersCsv)));

/** The user of the current VU; VUs beyond the number of users wrap around (say so in the run log). */
export function currentUser(): MoodleUser {
  const index = (exec.vu.idInTest - 1) % users.length;
  const user = users[index];
  if (user === undefined) throw new Error('users CSV is empty');
  return user;
}

export function userCount(): number {
  return users.length;
}
