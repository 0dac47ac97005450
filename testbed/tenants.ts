// Many Moodle sites on one code base (flex-like hosting): tenant 1 is the testbed's root URL, tenant
// k ≥ 2 lives under /t/k/ with its own sessions and quiz attempts (its own database in real life).
// The front door strips the prefix, so the pages see the path as Moodle would under its wwwroot.
import type { MoodleApp } from './app/application.ts';

export interface TenantRoute {
  readonly app: MoodleApp;
  /** Keeps tenants' session locks apart. */
  readonly key: string;
  /** The request target without the tenant prefix ("/path?query"). */
  readonly target: string;
}

export function tenantName(index: number): string {
  return `tenant${String(index).padStart(3, '0')}`;
}

export function tenantWwwroot(url: string, index: number): string {
  return index === 1 ? url : `${url}/t/${index}`;
}

const PREFIX = /^\/t\/(\d{1,6})(\/.*)?$/;

/** `apps[0]` is tenant 1. Unknown tenant numbers fall through to tenant 1 (its 404 page). */
export function routeTenant(apps: readonly MoodleApp[], target: string): TenantRoute | null {
  const root = apps[0];
  if (root === undefined) return null;
  const match = PREFIX.exec(target.split('?')[0] ?? '');
  const index = match === null ? 1 : Number(match[1]);
  const app = index >= 2 ? apps[index - 1] : undefined;
  if (match === null || app === undefined) return { app: root, key: tenantName(1), target };
  const query = target.includes('?') ? target.slice(target.indexOf('?')) : '';
  return { app, key: tenantName(index), target: `${match[2] ?? '/'}${query}` };
}

/** The tenants file the scenarios read (`run --tenants`): name, wwwroot and weight per site. */
export function tenantsFile(url: string, count: number): { tenants: { name: string; target: string; weight: number }[] } {
  return { tenants: Array.from({ length: count }, (_, i) => ({ name: tenantName(i + 1), target: tenantWwwroot(url, i + 1), weight: 1 })) };
}
