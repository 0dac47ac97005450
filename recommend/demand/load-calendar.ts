// Reads and validates a term calendar file once ("what; expected X, got Y").
import { readFileSync } from 'node:fs';
import { CLIError } from '../../cli/errors.ts';
import { configError, numberAt, objectAt, type Json } from '../../io/config-error.ts';
import type { BusinessHours, DatedRange, ExamWeek, NonProduction, TermCalendar } from './types.ts';

function date(path: string, what: string, v: unknown): string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) configError(path, what, 'a date YYYY-MM-DD', v);
  return v;
}

function range(path: string, what: string, v: unknown): DatedRange {
  const o = objectAt(path, what, v);
  const r = { name: typeof o['name'] === 'string' ? o['name'] : what, start: date(path, `${what}.start`, o['start']), end: date(path, `${what}.end`, o['end']) };
  if (r.end < r.start) configError(path, `${what}.end`, `a date on or after ${r.start}`, r.end);
  return r;
}

function shape(path: string, what: string, v: unknown, length: number): number[] {
  if (!Array.isArray(v) || v.length !== length) configError(path, what, `a list of ${length} numbers`, v);
  const values = v.map((x, i) => numberAt(path, `${what}[${i}]`, x, 0));
  if (Math.max(...values) <= 0) configError(path, what, 'at least one value above 0', v);
  return values;
}

function businessHours(path: string, v: unknown): BusinessHours {
  const o = objectAt(path, 'nonProduction.businessHours', v);
  const days = o['days'];
  if (!Array.isArray(days) || days.length === 0) configError(path, 'nonProduction.businessHours.days', 'ISO weekdays, e.g. [1,2,3,4,5]', days);
  const from = numberAt(path, 'nonProduction.businessHours.from', o['from'], 0, 23);
  const to = numberAt(path, 'nonProduction.businessHours.to', o['to'], from + 1, 24);
  return { days: days.map((d, i) => numberAt(path, `nonProduction.businessHours.days[${i}]`, d, 1, 7)), from, to };
}

function nonProduction(path: string, v: unknown): NonProduction | null {
  if (v === undefined || v === null) return null;
  const o = objectAt(path, 'nonProduction', v);
  return { instances: numberAt(path, 'nonProduction.instances', o['instances'], 0), businessHours: businessHours(path, o['businessHours']) };
}

export function parseCalendar(path: string, json: unknown): TermCalendar {
  const o = objectAt(path, 'calendar', json);
  if (o['schema'] !== 'moodle-capacity/calendar@1') configError(path, 'schema', '"moodle-capacity/calendar@1"', o['schema']);
  const list = (key: string): unknown[] => {
    const v = o[key] ?? [];
    if (!Array.isArray(v)) configError(path, key, 'a list', v);
    return v;
  };
  const start = date(path, 'start', o['start']);
  const terms = list('terms').map((t, i) => range(path, `terms[${i}]`, t));
  if (terms.length === 0) configError(path, 'terms', 'at least one term', o['terms']);
  const examWeeks: ExamWeek[] = list('examWeeks').map((e, i) => ({ ...range(path, `examWeeks[${i}]`, e), factor: numberAt(path, `examWeeks[${i}].factor`, objectAt(path, `examWeeks[${i}]`, e)['factor'], 0) }));
  return {
    path,
    start,
    peakRps: o['peakRps'] === undefined ? null : numberAt(path, 'peakRps', o['peakRps'], 0),
    growth: o['growth'] === undefined ? 1 : numberAt(path, 'growth', o['growth'], 0),
    outOfTermFactor: o['outOfTermFactor'] === undefined ? 0.3 : numberAt(path, 'outOfTermFactor', o['outOfTermFactor'], 0),
    terms,
    examWeeks,
    weekdayShape: shape(path, 'weekdayShape', o['weekdayShape'] ?? [1, 1, 1, 1, 1, 0.5, 0.5], 7),
    hourShape: shape(path, 'hourShape', o['hourShape'], 24),
    nonProduction: nonProduction(path, o['nonProduction']),
  };
}

export function loadCalendar(path: string): TermCalendar {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CLIError('CONFIG', `cannot read the calendar ${path}: ${(error as Error).message}`);
  }
  return parseCalendar(path, json);
}
