// The site(s) a run targets: one (MC_TARGET) or many tenants (MC_TENANTS), each with its users and
// optional site file, loaded once in k6's init context. Each iteration picks a site by weight and,
// in multi-tenant runs, tags everything the VU sends with `tenant`.
import { SharedArray } from 'k6/data';
import exec from 'k6/execution';
import { scenarioConfig } from './env.ts';
import type { MoodleUser } from './csv.ts';
import { parseSiteFile, type SiteFile } from './site-file.ts';
import { parseTenants } from './tenants.ts';
import { loadUsers, userOf, type Users } from './users.ts';
import { pickWeighted } from './weighted.ts';

export interface SiteTarget {
  /** The tenant's name; null in a single-site run. */
  readonly tenant: string | null;
  readonly target: string;
  readonly weight: number;
  readonly users: Users;
  readonly site: SiteFile | null;
}

// Loaded once per file (SharedArrays are named by path): 130 tenants sharing one users CSV hold one copy.
function loadSite(path: string | null): SiteFile | null {
  if (path === null) return null;
  const [site] = new SharedArray<SiteFile>(`site:${path}`, () => [parseSiteFile(JSON.parse(open(path)))]);
  return site ?? null;
}

function loadTargets(): SiteTarget[] {
  const config = scenarioConfig();
  if (config.tenantsFile === null) {
    if (config.usersCsv === '') throw new Error('MC_USERS_CSV is not set; pass --users FILE to `moodle-capacity run`');
    return [{ tenant: null, target: config.target, weight: 1, users: loadUsers(config.usersCsv), site: loadSite(config.siteFile) }];
  }
  const tenantsFile = config.tenantsFile;
  return parseTenants(JSON.parse(open(tenantsFile))).map((t) => {
    const usersCsv = t.users ?? config.usersCsv;
    if (usersCsv === '') throw new Error(`tenant ${t.name} has no users file and MC_USERS_CSV is not set; give it "users" in ${tenantsFile} or pass --users`);
    return { tenant: t.name, target: t.target, weight: t.weight, users: loadUsers(usersCsv), site: loadSite(t.site ?? config.siteFile) };
  });
}

const targets = loadTargets();

/** Every site of the run (setup() walks them). */
export function allSites(): readonly SiteTarget[] {
  return targets;
}

export interface Visit {
  readonly site: SiteTarget;
  readonly user: MoodleUser;
}

/** This iteration's site (by weight) and the VU's user there; sets the VU's `tenant` tag. */
export function chooseVisit(): Visit {
  const site = pickWeighted(targets, (t) => t.weight, Math.random());
  if (site === undefined) throw new Error('no site to visit');
  tagTenant(site);
  return { site, user: userOf(site.users, site.tenant ?? 'the run') };
}

/** From here on, everything this VU sends carries the site's `tenant` tag (multi-tenant runs). */
export function tagTenant(site: SiteTarget): void {
  if (site.tenant !== null) exec.vu.metrics.tags['tenant'] = site.tenant;
}
