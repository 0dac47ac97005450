// Reads and validates an environment description (which CloudWatch, which metrics), once, with
// "what; expected X, got Y" messages. Two forms, which can be mixed: `resources` (a load balancer,
// target group, auto scaling group, RDS instance, cache cluster, file system), expanded to their
// standard metrics, and an explicit `metrics` list (which wins for an id both give).
import { readFileSync } from 'node:fs';
import type { MetricRole } from '../analysis/types.ts';
import { CLIError } from '../cli/errors.ts';
import { expandResources } from './environment-resources.ts';
import type { EnvironmentDescription, EnvironmentResources, MetricSpec } from './types.ts';
import { configError } from '../io/config-error.ts';

const ROLES: readonly MetricRole[] = ['requests', 'instances', 'latency', 'web_cpu', 'db_cpu', 'db_connections', 'session_cpu', 'session_memory', 'fs_io', 'errors'];
const RESOURCE_KEYS = ['loadBalancer', 'targetGroup', 'autoScalingGroup', 'rdsInstance', 'cacheCluster', 'cacheEngine', 'fileSystem'] as const;

/** CloudWatch's valid periods: 1, 5, 10, 30 s (high resolution) or a multiple of 60. */
export function isValidPeriod(period: unknown): period is number {
  return typeof period === 'number' && (period === 1 || period === 5 || period === 10 || period === 30 || (Number.isInteger(period) && period >= 60 && period % 60 === 0));
}

function parseMetric(path: string, m: unknown, i: number): MetricSpec {
  if (typeof m !== 'object' || m === null) configError(path, `metrics[${i}]`, 'an object', m);
  const s = m as Record<string, unknown>;
  for (const key of ['id', 'namespace', 'metricName', 'stat']) {
    if (typeof s[key] !== 'string' || s[key] === '') configError(path, `metrics[${i}].${key}`, 'a string', s[key]);
  }
  if (!/^[a-z][a-zA-Z0-9_]*$/.test(s['id'] as string)) configError(path, `metrics[${i}].id`, 'a lowercase letter then letters, digits or _', s['id']);
  const dims = s['dimensions'] ?? {};
  if (typeof dims !== 'object' || dims === null || Object.values(dims).some((v) => typeof v !== 'string')) {
    configError(path, `metrics[${i}].dimensions`, 'an object of strings', dims);
  }
  const role = s['role'];
  if (role !== undefined && role !== null && !ROLES.includes(role as MetricRole)) configError(path, `metrics[${i}].role`, `one of ${ROLES.join(', ')} or null`, role);
  return {
    id: s['id'] as string,
    label: typeof s['label'] === 'string' ? s['label'] : `${s['namespace'] as string} ${s['metricName'] as string}`,
    namespace: s['namespace'] as string,
    metricName: s['metricName'] as string,
    dimensions: dims as Record<string, string>,
    stat: s['stat'] as string,
    unit: typeof s['unit'] === 'string' ? s['unit'] : '',
    ...(role === undefined ? {} : { role: role as MetricRole | null }),
  };
}

function parseResources(path: string, r: unknown): EnvironmentResources {
  if (typeof r !== 'object' || r === null || Array.isArray(r)) configError(path, 'resources', 'an object', r);
  const o = r as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!(RESOURCE_KEYS as readonly string[]).includes(key)) configError(path, `resources.${key}`, `one of ${RESOURCE_KEYS.join(', ')}`, key);
    if (typeof o[key] !== 'string' || o[key] === '') configError(path, `resources.${key}`, 'a non-empty string', o[key]);
  }
  if (o['targetGroup'] !== undefined && o['loadBalancer'] === undefined) configError(path, 'resources.loadBalancer', 'a load balancer with the target group (HealthyHostCount has both dimensions)', undefined);
  if (o['cacheEngine'] !== undefined && o['cacheEngine'] !== 'redis' && o['cacheEngine'] !== 'memcached') configError(path, 'resources.cacheEngine', 'redis or memcached', o['cacheEngine']);
  return o as EnvironmentResources;
}

export function parseEnvironment(path: string, json: unknown): EnvironmentDescription {
  if (typeof json !== 'object' || json === null) configError(path, 'environment', 'an object', json);
  const o = json as Record<string, unknown>;
  if (typeof o['region'] !== 'string' || o['region'] === '') configError(path, 'region', 'an AWS region such as eu-west-2', o['region']);
  if (o['endpoint'] !== undefined && typeof o['endpoint'] !== 'string') configError(path, 'endpoint', 'a URL or nothing', o['endpoint']);
  if (o['profile'] !== undefined && (typeof o['profile'] !== 'string' || o['profile'] === '')) configError(path, 'profile', 'an AWS profile name or nothing', o['profile']);
  const period = o['periodSeconds'];
  if (period !== undefined && period !== null && !isValidPeriod(period)) configError(path, 'periodSeconds', '1, 5, 10, 30 or a multiple of 60 (or omit it to choose from the run window)', period);
  const sessions = o['sessions'];
  if (sessions !== undefined && sessions !== 'database' && sessions !== 'cache' && sessions !== 'file') configError(path, 'sessions', 'database, cache or file', sessions);
  const instances = o['instances'];
  if (instances !== undefined && !(typeof instances === 'number' && Number.isInteger(instances) && instances >= 1)) configError(path, 'instances', 'a whole number ≥ 1', instances);
  if (o['metrics'] !== undefined && !Array.isArray(o['metrics'])) configError(path, 'metrics', 'a list', o['metrics']);
  const explicit = ((o['metrics'] as unknown[] | undefined) ?? []).map((m, i) => parseMetric(path, m, i));
  const expanded = o['resources'] === undefined ? [] : expandResources(parseResources(path, o['resources']));
  const ids = new Set(explicit.map((m) => m.id));
  const metrics = [...expanded.filter((m) => !ids.has(m.id)), ...explicit];
  if (metrics.length === 0) configError(path, 'metrics', 'a non-empty list, or resources to expand', o['metrics'] ?? o['resources']);
  const seen = new Set<string>();
  for (const m of explicit) {
    if (seen.has(m.id)) configError(path, 'metrics', 'unique ids', m.id);
    seen.add(m.id);
  }
  return {
    name: typeof o['name'] === 'string' ? o['name'] : 'environment',
    region: o['region'] as string,
    ...(typeof o['profile'] === 'string' ? { profile: o['profile'] } : {}),
    ...(typeof o['endpoint'] === 'string' ? { endpoint: o['endpoint'] } : {}),
    ...(typeof period === 'number' ? { periodSeconds: period } : {}),
    ...(sessions === undefined ? {} : { sessions: sessions as 'database' | 'cache' | 'file' }),
    ...(typeof instances === 'number' ? { instances } : {}),
    metrics,
  };
}

export function loadEnvironment(path: string): EnvironmentDescription {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CLIError('CONFIG', `cannot read the environment description ${path}: ${(error as Error).message}`);
  }
  return parseEnvironment(path, json);
}
