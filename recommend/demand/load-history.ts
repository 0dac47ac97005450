// Reads hourly request history: CSV "timestamp,requests" (ISO time or ms) or JSON
// [{"t": ISO|ms, "requests": n}], e.g. exported from CloudWatch's ALB RequestCount (Sum, 3600 s).
import { readFileSync } from 'node:fs';
import { CLIError } from '../../cli/errors.ts';
import type { HourlyPoint } from './types.ts';

function time(path: string, where: string, v: unknown): number {
  const t = typeof v === 'number' ? v : typeof v === 'string' ? (/^\d+$/.test(v) ? Number(v) : Date.parse(v)) : Number.NaN;
  if (!Number.isFinite(t)) throw new CLIError('CONFIG', `${path}: ${where} time; expected an ISO timestamp or ms since the epoch, got ${JSON.stringify(v)}`);
  return t;
}

function count(path: string, where: string, v: unknown): number {
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) throw new CLIError('CONFIG', `${path}: ${where} requests; expected a count ≥ 0, got ${JSON.stringify(v)}`);
  return n;
}

function isTime(v: string): boolean {
  return /^\d+$/.test(v.trim()) || Number.isFinite(Date.parse(v.trim()));
}

export function parseHistory(path: string, text: string): HourlyPoint[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    const rows: unknown = JSON.parse(trimmed);
    if (!Array.isArray(rows)) throw new CLIError('CONFIG', `${path}: expected a list of {t, requests}`);
    return rows.map((r, i) => {
      const o = (typeof r === 'object' && r !== null ? r : {}) as Record<string, unknown>;
      return { t: time(path, `[${i}]`, o['t']), requests: count(path, `[${i}]`, o['requests']) };
    });
  }
  return trimmed
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    // A first line whose first field is not a time is a header ("timestamp,requests").
    .filter(({ line, n }) => line !== '' && !(n === 1 && !isTime(line.split(',')[0] ?? '')))
    .map(({ line, n }) => {
      const [t, r] = line.split(',');
      return { t: time(path, `line ${n}`, t), requests: count(path, `line ${n}`, r) };
    });
}

export function loadHistory(path: string): HourlyPoint[] {
  try {
    return parseHistory(path, readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof CLIError) throw error;
    throw new CLIError('CONFIG', `cannot read the history ${path}: ${(error as Error).message}`);
  }
}
