// Reads what a real k6 run wrote (k6-output.json.gz and summary.json) for the scenario tests, without
// the analyzer: requests per transaction, failure kinds, checks, tags.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface RunPoints {
  readonly requests: ReadonlyMap<string, number>;
  readonly failuresByKind: Readonly<Record<string, number>>;
  readonly checks: { readonly passes: number; readonly fails: number };
  /** Values of a tag over every http_reqs point ('' when a point lacks it). */
  tagValues(tag: string): Map<string, number>;
}

interface Point {
  readonly type?: string;
  readonly metric?: string;
  readonly data?: { readonly value: number; readonly tags?: Readonly<Record<string, string>> };
}

export function readRun(dir: string): RunPoints {
  const points = gunzipSync(readFileSync(join(dir, 'k6-output.json.gz')))
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Point)
    .filter((p) => p.type === 'Point');
  const requests = new Map<string, number>();
  const failures: Record<string, number> = {};
  const http = points.filter((p) => p.metric === 'http_reqs');
  for (const p of http) {
    const name = p.data?.tags?.['name'] ?? '';
    requests.set(name, (requests.get(name) ?? 0) + 1);
  }
  for (const p of points.filter((x) => x.metric === 'moodle_failures')) {
    const kind = p.data?.tags?.['kind'] ?? '?';
    failures[kind] = (failures[kind] ?? 0) + (p.data?.value ?? 0);
  }
  const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { metrics: Record<string, { passes?: number; fails?: number }> };
  return {
    requests,
    failuresByKind: failures,
    checks: { passes: summary.metrics['checks']?.passes ?? 0, fails: summary.metrics['checks']?.fails ?? 0 },
    tagValues(tag) {
      const values = new Map<string, number>();
      for (const p of http) {
        const v = p.data?.tags?.[tag] ?? '';
        values.set(v, (values.get(v) ?? 0) + 1);
      }
      return values;
    },
  };
}
