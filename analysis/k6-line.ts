// One line of k6's JSON output (`--out json`) read with JSON.parse: the general (slow) path, for the
// lines the byte scanner (k6-json-scanner.ts) does not recognise. Never throws: bad lines are data,
// counted by the caller. The reasons are a fixed set so they can be counted by kind.
import type { K6Line } from './types.ts';

interface RawPoint {
  type?: unknown;
  metric?: unknown;
  data?: { time?: unknown; value?: unknown; tags?: unknown };
}

export const BAD_REASONS = {
  notJson: 'not JSON',
  notObject: 'not a JSON object',
  unknownType: 'unknown type (neither Metric nor Point)',
  noMetric: 'Point without a metric name',
  noData: 'Point without data',
  badTime: 'Point without a valid time',
  badValue: 'Point without a numeric value',
} as const;

export function parseK6Line(line: string): K6Line {
  if (line.trim() === '') return { kind: 'blank' };
  let raw: RawPoint;
  try {
    raw = JSON.parse(line) as RawPoint;
  } catch {
    return { kind: 'bad', reason: BAD_REASONS.notJson };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { kind: 'bad', reason: raw === null || typeof raw !== 'object' ? BAD_REASONS.notObject : BAD_REASONS.unknownType };
  if (raw.type === 'Metric') return { kind: 'metric' };
  if (raw.type !== 'Point') return { kind: 'bad', reason: BAD_REASONS.unknownType };
  const { metric, data } = raw;
  if (typeof metric !== 'string' || metric === '') return { kind: 'bad', reason: BAD_REASONS.noMetric };
  if (typeof data !== 'object' || data === null) return { kind: 'bad', reason: BAD_REASONS.noData };
  const timeMs = typeof data.time === 'string' ? Date.parse(data.time) : NaN;
  if (!Number.isFinite(timeMs)) return { kind: 'bad', reason: BAD_REASONS.badTime };
  if (typeof data.value !== 'number' || !Number.isFinite(data.value)) return { kind: 'bad', reason: BAD_REASONS.badValue };
  const tags: Record<string, string> = {};
  if (typeof data.tags === 'object' && data.tags !== null) {
    for (const [k, v] of Object.entries(data.tags as Record<string, unknown>)) if (typeof v === 'string') tags[k] = v;
  }
  return { kind: 'sample', sample: { metric, timeMs: Math.floor(timeMs), value: data.value, tags } };
}
