// Users are read once per site into a SharedArray (one copy for all VUs). Each VU keeps the same user
// for the whole run, so no two VUs share a user while there are at least as many users as VUs (two
// VUs on one account would fight over its quiz attempt). k6 gives every VU its own cookie jar, so
// sessions are never shared in any case.
import { SharedArray } from 'k6/data';
import exec from 'k6/execution';
import { parseUsersCsv, type MoodleUser } from './csv.ts';

export type Users = readonly MoodleUser[];

/** Must run in k6's init context (it opens the file); one copy per file, however many sites use it. */
export function loadUsers(path: string): Users {
  return new SharedArray<MoodleUser>(`users:${path}`, () => parseUsersCsv(open(path)));
}

const warned = new Set<string>();

/** The current VU's user of this list; VUs beyond the number of users wrap around (said once in the log). */
export function userOf(users: Users, label: string): MoodleUser {
  const vu = exec.vu.idInTest;
  const index = (vu - 1) % users.length;
  const user = users[index];
  if (user === undefined) throw new Error(`users CSV of ${label} is empty`);
  if (vu > users.length && !warned.has(label)) {
    warned.add(label);
    console.warn(`VU ${vu} reuses ${label}'s user #${index + 1}: the users CSV has ${users.length} users for more VUs; quiz attempts of a shared user collide`);
  }
  return user;
}
