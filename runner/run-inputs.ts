// The run's input files, checked before k6 starts: the users CSV, the optional site file and the
// optional tenants file (each tenant's target must pass the same loopback/--confirm-target rule).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { CLIError } from '../cli/errors.ts';
import { parseUsersCsv } from '../scenarios/lib/csv.ts';
import { parseSiteFile, siteSecrets } from '../scenarios/lib/site-file.ts';
import { parseTenants, type Tenant } from '../scenarios/lib/tenants.ts';
import { checkTarget } from './target.ts';

function readJson(flag: string, path: string): unknown {
  if (!existsSync(path)) throw new CLIError('NOT_FOUND', `${flag} ${path}: no such file`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CLIError('CONFIG', `${flag} ${path}: not valid JSON: ${(error as Error).message}`);
  }
}

/** The passwords of a users CSV (for redaction); throws CLIError naming the flag when it is bad. */
export function readPasswords(flag: string, usersFile: string): string[] {
  if (!existsSync(usersFile)) throw new CLIError('NOT_FOUND', `${flag} ${usersFile}: no such file; expected a CSV with a username,password header`);
  try {
    return parseUsersCsv(readFileSync(usersFile, 'utf8')).map((u) => u.password);
  } catch (error) {
    throw new CLIError('CONFIG', `${flag} ${usersFile}: ${(error as Error).message}`);
  }
}

/** The site file's absolute path and the quiz passwords in it (to be masked); throws CLIError when it is bad. */
export function checkSiteFile(flag: string, path: string): { path: string; secrets: string[] } {
  const absolute = resolve(path);
  try {
    return { path: absolute, secrets: siteSecrets(parseSiteFile(readJson(flag, absolute))) };
  } catch (error) {
    if (error instanceof CLIError) throw error;
    throw new CLIError('CONFIG', `${flag} ${absolute}: ${(error as Error).message}`);
  }
}

/**
 * The tenants with absolute paths (relative ones are relative to the tenants file), every file
 * checked, every target allowed. `confirmed` is --confirm-target's comma-separated host list.
 */
export function loadTenants(path: string, defaultUsers: string | null, confirmed: string | undefined): { tenants: Tenant[]; secrets: string[] } {
  const absolute = resolve(path);
  let tenants: Tenant[];
  try {
    tenants = parseTenants(readJson('--tenants', absolute));
  } catch (error) {
    if (error instanceof CLIError) throw error;
    throw new CLIError('CONFIG', `--tenants ${absolute}: ${(error as Error).message}`);
  }
  const near = (p: string | null): string | null => (p === null ? null : isAbsolute(p) ? p : resolve(dirname(absolute), p));
  const secrets: string[] = [];
  const checked = tenants.map((t) => {
    const host = confirmedHost(t.target, confirmed);
    const check = checkTarget(t.target, host);
    if (!check.ok) throw new CLIError('TARGET_NOT_CONFIRMED', `tenant ${t.name}: ${check.reason}`);
    const users = near(t.users);
    if (users === null && defaultUsers === null) throw new CLIError('USAGE', `tenant ${t.name} has no "users" file and no --users was given`);
    if (users !== null) secrets.push(...readPasswords(`tenant ${t.name} users`, users));
    const site = near(t.site);
    if (site !== null) secrets.push(...checkSiteFile(`tenant ${t.name} site`, site).secrets);
    return { ...t, users, site };
  });
  return { tenants: checked, secrets };
}

/** The host from a comma-separated --confirm-target list that names this target's host, if any. */
export function confirmedHost(target: string, confirmed: string | undefined): string | undefined {
  let host: string;
  try {
    host = new URL(target).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return (confirmed ?? '').split(',').map((h) => h.trim().toLowerCase()).find((h) => h === host);
}
