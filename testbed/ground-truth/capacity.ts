// Analytic capacity of a profile for its transaction mix: each resource's requests per second at
// 100 % busy (cores × 1000 ms ÷ demand per request; connections and workers ÷ residence time), the
// instance's and the site's capacity (the least of them), and the bottleneck. Pure.
import { costModel } from '../capacity/costs.ts';
import type { EnvironmentProfile, ResourceName } from '../profiles/types.ts';
import type { Bottleneck, PerRequest, ResourceCapacity, SiteCapacity } from './types.ts';

/** Database sessions are named the bottleneck when they are at least this share of the DB's work. */
const SESSION_SHARE_FOR_BLAME = 0.5;

export interface CapacityModel {
  readonly mix: Readonly<Record<string, number>>;
  readonly perRequest: PerRequest;
  readonly resources: readonly ResourceCapacity[];
  readonly instance: { readonly capacityRps: number; readonly limitedBy: ResourceName };
  siteAt(instances: number): SiteCapacity;
  bottleneckAt(instances: number): Bottleneck;
}

export function normalisedMix(mix: Readonly<Record<string, number>>): Record<string, number> {
  const total = Object.values(mix).reduce((s, v) => s + v, 0);
  return Object.fromEntries(Object.entries(mix).map(([k, v]) => [k, v / total]));
}

export function perRequest(profile: EnvironmentProfile, serviceTimeScale: number, webOnly: boolean): PerRequest {
  const costs = costModel(profile.costs, serviceTimeScale, profile.tenants.cpuOverhead, webOnly);
  const mix = normalisedMix(profile.mix);
  let web = 0;
  let db = 0;
  let wait = 0;
  let kib = 0;
  for (const [transaction, share] of Object.entries(mix)) {
    const c = costs.mean(transaction);
    web += share * c.cpuMs;
    db += share * c.dbMs;
    wait += share * c.waitMs;
    kib += share * c.ioKiB;
  }
  const s = profile.sessions;
  const sessionDbMs = s?.store === 'database' ? s.costMs : 0;
  const cacheCpuMs = s?.store === 'memcached' ? s.costMs : 0;
  const fsKiB = profile.fileSystem === null ? 0 : kib;
  const fsMs = profile.fileSystem === null ? 0 : (fsKiB / (profile.fileSystem.throughputMiBps * 1024)) * 1000;
  const dbCpuMs = profile.database === null ? 0 : db + sessionDbMs;
  return {
    webCpuMs: web,
    dbCpuMs,
    sessionDbMs,
    cacheCpuMs,
    fileSystemKiB: fsKiB,
    fileSystemMs: fsMs,
    otherWaitMs: wait,
    residenceMs: web + dbCpuMs + cacheCpuMs + fsMs + wait,
  };
}

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

export function capacityModel(profile: EnvironmentProfile, serviceTimeScale: number, webOnly: boolean): CapacityModel {
  const r = perRequest(profile, serviceTimeScale, webOnly);
  const i = profile.instance;
  const colocated = profile.database?.colocated === true;
  const rps = (units: number, ms: number): number => (ms > 0 ? (units * 1000) / ms : Number.POSITIVE_INFINITY);
  const resources: ResourceCapacity[] = [];
  const add = (resource: ResourceName, scope: 'instance' | 'site', units: number, ms: number, formula: string, metric: ResourceCapacity['metric']): void => {
    resources.push({ resource, scope, capacityRps: round(rps(units, ms)), formula: `${formula} = ${round(rps(units, ms))} req/s`, metric });
  };
  const instanceCpuMs = r.webCpuMs + (colocated ? r.dbCpuMs : 0);
  add('web-cpu', 'instance', i.cores, instanceCpuMs, `${i.cores} cores × 1000 ÷ ${round(instanceCpuMs)} ms CPU per request${colocated ? ' (PHP and the database on the same cores)' : ''}`, { namespace: 'AWS/EC2', metricName: 'CPUUtilization' });
  add('web-workers', 'instance', i.workers, r.residenceMs, `${i.workers} PHP workers × 1000 ÷ ${round(r.residenceMs)} ms residence per request`, null);
  const db = profile.database;
  if (db !== null && !colocated) {
    add('db-cpu', 'site', db.cores, r.dbCpuMs, `${db.cores} vCPU × 1000 ÷ ${round(r.dbCpuMs)} ms DB CPU per request (${round(r.sessionDbMs)} ms of it sessions)`, { namespace: 'AWS/RDS', metricName: 'CPUUtilization' });
  }
  if (db !== null) {
    add('db-connections', 'site', db.maxConnections, r.residenceMs, `${db.maxConnections} connections × 1000 ÷ ${round(r.residenceMs)} ms held per request`, colocated ? null : { namespace: 'AWS/RDS', metricName: 'DatabaseConnections' });
  }
  const s = profile.sessions;
  if (s?.store === 'memcached') {
    add('session-store', 'site', s.cores, r.cacheCpuMs, `${s.cores} cache vCPU × 1000 ÷ ${round(r.cacheCpuMs, 3)} ms per request`, { namespace: 'AWS/ElastiCache', metricName: 'CPUUtilization' });
  }
  if (profile.fileSystem !== null) {
    add('file-system', 'site', 1, r.fileSystemMs, `${profile.fileSystem.throughputMiBps} MiB/s ÷ ${round(r.fileSystemKiB)} KiB per request`, { namespace: 'AWS/EFS', metricName: 'PercentIOLimit' });
  }
  const perInstance = resources.filter((c) => c.scope === 'instance');
  const limiting = perInstance.reduce((a, b) => (b.capacityRps < a.capacityRps ? b : a));
  const siteAt = (instances: number): SiteCapacity => {
    let best: SiteCapacity = { instances, capacityRps: Number.POSITIVE_INFINITY, limitedBy: limiting.resource };
    for (const c of resources) {
      const capacity = c.scope === 'instance' ? c.capacityRps * instances : c.capacityRps;
      if (capacity < best.capacityRps) best = { instances, capacityRps: round(capacity), limitedBy: c.resource };
    }
    return best;
  };
  const bottleneckAt = (instances: number): Bottleneck => {
    const site = siteAt(instances);
    const sessionShare = r.dbCpuMs > 0 ? r.sessionDbMs / r.dbCpuMs : 0;
    if (site.limitedBy === 'db-cpu' && sessionShare >= SESSION_SHARE_FOR_BLAME) {
      return {
        resource: 'session-store',
        via: 'db-cpu',
        instances,
        capacityRps: site.capacityRps,
        why: `the database saturates first and ${Math.round(sessionShare * 100)} % of its CPU goes to reading and writing database sessions`,
      };
    }
    const what = resources.find((c) => c.resource === site.limitedBy);
    return { resource: site.limitedBy, via: site.limitedBy, instances, capacityRps: site.capacityRps, why: `lowest capacity of all resources at ${instances} instance(s): ${what?.formula ?? ''}` };
  };
  return { mix: normalisedMix(profile.mix), perRequest: r, resources, instance: { capacityRps: limiting.capacityRps, limitedBy: limiting.resource }, siteAt, bottleneckAt };
}
