// Scans files for secrets that must never be written: test users' passwords, sesskeys, session cookies.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseUsersCsv } from '../scenarios/lib/csv.ts';

export function passwordsOf(usersCsv: string): string[] {
  return parseUsersCsv(readFileSync(usersCsv, 'utf8')).map((u) => u.password);
}

function text(path: string): string {
  const raw = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(raw, { finishFlush: 2 }) : raw).toString('latin1');
}

/** Every leak found in the files below `dir`, as "file: what". */
export function findSecrets(dir: string, passwords: readonly string[]): string[] {
  const leaks: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      leaks.push(...findSecrets(path, passwords));
      continue;
    }
    const body = text(path);
    for (const p of passwords) if (body.includes(p)) leaks.push(`${path}: a user's password`);
    if (/sesskey=[A-Za-z0-9]{10}\b/.test(body) || /"sesskey"\s*:\s*"[A-Za-z0-9]{10}"/.test(body)) leaks.push(`${path}: a sesskey`);
    if (/MoodleSession=[A-Za-z0-9]{8,}/.test(body)) leaks.push(`${path}: a session cookie`);
    if (/logintoken=[A-Za-z0-9]{32}/.test(body)) leaks.push(`${path}: a login token`);
  }
  return leaks;
}
