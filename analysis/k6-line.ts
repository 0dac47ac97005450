// One line of k6's JSON output (`--out json`) to a sample, a declaration, or a bad record. Never throws:
// bad lines are data, counted by the caller.
import type { K6Line } from './types.ts';

interface RawPoint {
  type?: unknown;
  metric?: unknown;
  data?: { time?: unknown; value?: unknown; tags?: unknown };
}

export function parseK6Line(line: string): K6Line {
  if (line.trim() === '') return { kind: 'blank' };
  let raw: RawPoint;
  try {
    raw = JSON.parse(line) as RawPoint;
  } catch {
    return { kind: 'bad', reason: 'not JSON' };
  }
  if (typeof raw !== 'object' || raw === null) return { kind: 'bad', reason: 'not a JSON object' };
  if (raw.type === 'Metric') return { kind: 'metric' };
  if (raw.type !== 'Point') return { kind: 'bad', reason: `unknown type ${JSON.stringify(raw.type)}` };
  const { metric, data } = raw;
  if (typeof metric !== 'string' || metric === '') return { kind: 'bad', reason: 'Point without a metric name' };
  if (typeof data !== 'object' || data === null) return { kind: 'bad', reason: 'Point without data' };
  const timeMs = typeof data.time === 'string' ? Date.parse(data.time) : NaN;
  if (!Number.isFinite(timeMs)) return { kind: 'bad', reason: 'Point without a valid time' };
  if (typeof data.value !== 'number' || !Number.isFinite(data.value)) return { kind: 'bad', reason: 'Point without a numeric value' };
  const tags = typeof data.tags === 'object' && data.tags !== null ? (data.tags as Record<string, string>) : {};
  return { kind: 'sample', sample: { metric, timeMs, value: data.value, tags } };
}
