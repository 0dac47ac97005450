// Multi-tenant runs: many Moodle sites (say 130 tenants on one code base) in one run, each with a
// weight (its share of the arrivals), its own users and optionally its own site file. The tenant's
// name becomes the k6 tag `tenant`, so results can be split by site (pure).

export interface Tenant {
  /** Stable label for the `tenant` tag: letters, digits, dot, dash, underscore. */
  readonly name: string;
  /** The tenant's wwwroot, no trailing slash. */
  readonly target: string;
  readonly weight: number;
  /** Users CSV for this tenant; null = the run's --users file. */
  readonly users: string | null;
  /** Site file for this tenant; null = discover as a learner does (or the run's --site file). */
  readonly site: string | null;
}

type Json = Record<string, unknown>;

function fail(where: string, expected: string, got: unknown): never {
  throw new Error(`tenants file: ${where}; expected ${expected}, got ${JSON.stringify(got)}`);
}

function optionalPath(o: Json, key: string, where: string): string | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string' || v.trim() === '') fail(`${where}.${key}`, 'a file path', v);
  return v;
}

/** `{"tenants": [{"name", "target", "weight"?, "users"?, "site"?}, …]}`. */
export function parseTenants(value: unknown): Tenant[] {
  const o = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : fail('the file', 'an object with a "tenants" list', value);
  const list = o['tenants'];
  if (!Array.isArray(list) || list.length === 0) fail('tenants', 'a non-empty list of {name, target, weight}', list);
  const names = new Set<string>();
  return list.map((t: unknown, i): Tenant => {
    const where = `tenants[${i}]`;
    if (typeof t !== 'object' || t === null || Array.isArray(t)) fail(where, 'an object', t);
    const tenant = t as Json;
    const name = tenant['name'];
    if (typeof name !== 'string' || !/^[A-Za-z0-9._-]{1,64}$/.test(name)) fail(`${where}.name`, 'a name of letters, digits, ".", "-" or "_" (at most 64)', name);
    if (names.has(name)) fail(`${where}.name`, 'a name no other tenant has', name);
    names.add(name);
    const target = tenant['target'];
    if (typeof target !== 'string' || !/^https?:\/\/[^/\s]+/.test(target)) fail(`${where}.target`, "an http(s) URL (the site's wwwroot)", target);
    const weight = tenant['weight'] ?? 1;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) fail(`${where}.weight`, 'a number > 0 (default 1)', weight);
    return { name, target: target.replace(/\/+$/, ''), weight, users: optionalPath(tenant, 'users', where), site: optionalPath(tenant, 'site', where) };
  });
}
