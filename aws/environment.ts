// Reads and validates an environment description (which CloudWatch, which metrics).
import { readFileSync } from 'node:fs';
import { CLIError } from '../cli/errors.ts';
import type { EnvironmentDescription, MetricSpec } from './types.ts';

function fail(path: string, what: string, expected: string, got: unknown): never {
  throw new CLIError('CONFIG', `${path}: ${what}; expected ${expected}, got ${JSON.stringify(got)}`);
}

export function parseEnvironment(path: string, json: unknown): EnvironmentDescription {
  if (typeof json !== 'object' || json === null) fail(path, 'environment', 'an object', json);
  const o = json as Record<string, unknown>;
  if (typeof o['region'] !== 'string' || o['region'] === '') fail(path, 'region', 'an AWS region such as eu-west-2', o['region']);
  if (o['endpoint'] !== undefined && typeof o['endpoint'] !== 'string') fail(path, 'endpoint', 'a URL or nothing', o['endpoint']);
  const period = o['periodSeconds'];
  if (typeof period !== 'number' || !(period === 1 || period === 5 || period === 10 || period === 30 || (period >= 60 && period % 60 === 0))) {
    fail(path, 'periodSeconds', '1, 5, 10, 30 or a multiple of 60', period);
  }
  if (!Array.isArray(o['metrics']) || o['metrics'].length === 0) fail(path, 'metrics', 'a non-empty list', o['metrics']);
  const metrics = (o['metrics'] as unknown[]).map((m, i): MetricSpec => {
    const s = m as Record<string, unknown>;
    for (const key of ['id', 'namespace', 'metricName', 'stat']) {
      if (typeof s[key] !== 'string' || s[key] === '') fail(path, `metrics[${i}].${key}`, 'a string', s[key]);
    }
    if (!/^[a-z][a-zA-Z0-9_]*$/.test(s['id'] as string)) fail(path, `metrics[${i}].id`, 'a lowercase letter then letters, digits or _', s['id']);
    return {
      id: s['id'] as string,
      label: typeof s['label'] === 'string' ? s['label'] : `${s['namespace'] as string} ${s['metricName'] as string}`,
      namespace: s['namespace'] as string,
      metricName: s['metricName'] as string,
      dimensions: (s['dimensions'] ?? {}) as Record<string, string>,
      stat: s['stat'] as string,
      unit: typeof s['unit'] === 'string' ? s['unit'] : '',
    };
  });
  return {
    name: typeof o['name'] === 'string' ? o['name'] : 'environment',
    region: o['region'] as string,
    ...(typeof o['endpoint'] === 'string' ? { endpoint: o['endpoint'] } : {}),
    periodSeconds: period as number,
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
