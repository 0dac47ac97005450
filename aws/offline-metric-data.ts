// Offline CloudWatch input, for users who cannot give the tool AWS access: the JSON that
//   aws cloudwatch get-metric-data --cli-input-json file://queries.json > metrics.json
// prints ({"MetricDataResults": [{"Id", "Label", "Timestamps", "Values", "StatusCode"}], "Messages"}),
// one document, a list of them (pages), or several files. `analyze --print-queries` writes the
// queries.json for the run window. Pure: the caller reads the files. Validated once, with
// "what; expected X, got Y" messages.
import type { MetricPage } from './get-metric-data.ts';
import { inferRoleFromId } from './metric-roles.ts';
import type { MetricSpec } from './types.ts';
import { configError } from '../io/config-error.ts';

export function parseMetricDataOutput(source: string, json: unknown): MetricPage[][] {
  const docs = Array.isArray(json) ? json : [json];
  return docs.map((doc, d) => {
    const where = Array.isArray(json) ? `[${d}]` : '';
    if (typeof doc !== 'object' || doc === null) configError(source, `document${where}`, 'the JSON that aws cloudwatch get-metric-data prints', doc);
    const results = (doc as Record<string, unknown>)['MetricDataResults'];
    if (!Array.isArray(results)) configError(source, `${where}MetricDataResults`, 'a list', results);
    return results.map((r: unknown, i: number): MetricPage => {
      const at = `${where}MetricDataResults[${i}]`;
      if (typeof r !== 'object' || r === null) configError(source, at, 'an object', r);
      const o = r as Record<string, unknown>;
      if (typeof o['Id'] !== 'string' || o['Id'] === '') configError(source, `${at}.Id`, 'a query id', o['Id']);
      const ts = o['Timestamps'] ?? [];
      const vs = o['Values'] ?? [];
      if (!Array.isArray(ts)) configError(source, `${at}.Timestamps`, 'a list of ISO 8601 times', ts);
      if (!Array.isArray(vs) || vs.some((v) => typeof v !== 'number')) configError(source, `${at}.Values`, 'a list of numbers', vs);
      if (ts.length !== vs.length) configError(source, `${at}.Values`, `as many values as Timestamps (${ts.length})`, vs.length);
      const timestamps = ts.map((t: unknown, k: number) => {
        const ms = typeof t === 'string' ? Date.parse(t) : typeof t === 'number' ? t * 1000 : NaN;
        if (!Number.isFinite(ms)) configError(source, `${at}.Timestamps[${k}]`, 'an ISO 8601 time', t);
        return ms;
      });
      const messages = Array.isArray(o['Messages']) ? (o['Messages'] as { Code?: unknown; Value?: unknown }[]).map((m) => `${String(m.Code ?? '')}: ${String(m.Value ?? '')}`) : [];
      return {
        id: o['Id'] as string,
        ...(typeof o['Label'] === 'string' ? { label: o['Label'] } : {}),
        timestamps,
        values: vs as number[],
        ...(typeof o['StatusCode'] === 'string' ? { status: o['StatusCode'] } : {}),
        messages,
      };
    });
  });
}

/** The period of offline data: the smallest gap between two timestamps of one series (null if no series has two). */
export function inferPeriodSeconds(pages: readonly (readonly MetricPage[])[]): number | null {
  let best = Infinity;
  const byId = new Map<string, number[]>();
  for (const page of pages) for (const r of page) byId.set(r.id, [...(byId.get(r.id) ?? []), ...r.timestamps]);
  for (const times of byId.values()) {
    const sorted = [...new Set(times)].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) best = Math.min(best, (sorted[i] ?? 0) - (sorted[i - 1] ?? 0));
  }
  return Number.isFinite(best) && best >= 1000 ? Math.round(best / 1000) : null;
}

/**
 * Metric specs for offline series: those of the environment description where its ids match, else a
 * spec made from the id and label (the role from this tool's and the testbed's standard ids).
 */
export function offlineSpecs(pages: readonly (readonly MetricPage[])[], known: readonly MetricSpec[]): MetricSpec[] {
  const out = new Map<string, MetricSpec>();
  for (const page of pages) {
    for (const r of page) {
      if (out.has(r.id)) continue;
      const spec = known.find((k) => k.id === r.id);
      out.set(r.id, spec ?? { id: r.id, label: r.label ?? r.id, namespace: '', metricName: r.label ?? r.id, dimensions: {}, stat: r.id.endsWith('_count') ? 'Sum' : 'Average', unit: '', role: inferRoleFromId(r.id) });
    }
  }
  return [...out.values()];
}
