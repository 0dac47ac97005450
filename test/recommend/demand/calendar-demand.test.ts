import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIError } from '../../../cli/errors.ts';
import { projectRoot } from '../../../io/project-root.ts';
import { calendarDemand, HOURS_PER_YEAR, seasonFactor } from '../../../recommend/demand/calendar-demand.ts';
import { historyDemand } from '../../../recommend/demand/history-demand.ts';
import { loadCalendar, parseCalendar } from '../../../recommend/demand/load-calendar.ts';
import { parseHistory } from '../../../recommend/demand/load-history.ts';

const cal = parseCalendar('cal.json', {
  schema: 'moodle-capacity/calendar@1',
  start: '2026-09-07',
  peakRps: 100,
  growth: 1.1,
  outOfTermFactor: 0.2,
  terms: [{ name: 'Autumn', start: '2026-09-28', end: '2026-12-11' }],
  examWeeks: [{ name: 'Exams', start: '2026-12-14', end: '2026-12-18', factor: 1.5 }],
  weekdayShape: [2, 2, 2, 2, 2, 1, 1],
  hourShape: Array.from({ length: 24 }, (_, h) => (h === 10 ? 4 : 1)),
});

describe('demand from a term calendar', () => {
  const d = calendarDemand(cal, 999);
  const at = (iso: string): number => d.rps[(Date.parse(iso) - d.startMs) / 3_600_000] ?? Number.NaN;

  it('covers a year hour by hour from the start date', () => {
    expect(d.rps).toHaveLength(HOURS_PER_YEAR);
    expect(d.startMs).toBe(Date.parse('2026-09-07T00:00:00Z'));
  });

  it('is peak × growth at the busiest in-term hour, shaped by weekday and hour, out of term and in exams', () => {
    expect(at('2026-10-05T10:00:00Z')).toBeCloseTo(110, 9); // Monday 10:00 in term
    expect(at('2026-10-05T11:00:00Z')).toBeCloseTo(27.5, 9); // hour shape 1/4
    expect(at('2026-10-10T10:00:00Z')).toBeCloseTo(55, 9); // Saturday: 1/2
    expect(at('2026-09-14T10:00:00Z')).toBeCloseTo(22, 9); // before term: × 0.2
    expect(at('2026-12-14T10:00:00Z')).toBeCloseTo(165, 9); // exam week: × 1.5
    expect(at('2026-12-11T23:00:00Z')).toBeCloseTo(27.5, 9); // last day of term counts whole
    expect(seasonFactor(cal, Date.parse('2026-12-12T00:00:00Z'))).toBe(0.2);
  });

  it('uses the fallback peak when the calendar gives none', () => {
    const { peakRps: _, ...rest } = { ...cal, schema: 'moodle-capacity/calendar@1' };
    const noPeak = parseCalendar('x', rest);
    expect(noPeak.peakRps).toBeNull();
    expect(Math.max(...calendarDemand(noPeak, 50).rps)).toBeCloseTo(50 * 1.1 * 1.5, 9);
  });

  it('loads the example calendar shipped with the project', () => {
    const ex = loadCalendar(join(projectRoot(), 'examples', 'term-calendar.json'));
    expect(ex.terms).toHaveLength(3);
    expect(ex.nonProduction?.instances).toBe(2);
  });

  it('says what is wrong with a bad calendar', () => {
    expect(() => parseCalendar('c.json', { ...cal, schema: 'moodle-capacity/calendar@1', hourShape: [1, 2] })).toThrow(new CLIError('CONFIG', 'c.json: hourShape; expected a list of 24 numbers, got [1,2]'));
    expect(() => parseCalendar('c.json', { schema: 'moodle-capacity/calendar@1', start: '2026-13-01', terms: [], hourShape: [] })).toThrow(/start; expected a date YYYY-MM-DD, got "2026-13-01"/);
    expect(() => parseCalendar('c.json', { ...cal, schema: 'moodle-capacity/calendar@1', terms: [{ start: '2026-10-01', end: '2026-09-01' }] })).toThrow(/terms\[0\]\.end; expected a date on or after 2026-10-01/);
  });
});

describe('demand from hourly history', () => {
  const start = Date.parse('2026-09-07T00:00:00Z');
  const week = 168 * 3_600_000;

  it('takes the same hour 52 weeks earlier × growth, else the hour-of-week mean', () => {
    const points = [
      { t: start - 52 * week, requests: 36_000 }, // 10 rps a year before the first hour
      { t: start - 52 * week + 3_600_000, requests: 72_000 },
      { t: start - 2 * week + 2 * 3_600_000, requests: 3_600 },
      { t: start - 1 * week + 2 * 3_600_000, requests: 10_800 },
    ];
    const d = historyDemand(points, start, 1.2, 4, null, 'h');
    expect(d.rps[0]).toBeCloseTo(12, 9);
    expect(d.rps[1]).toBeCloseTo(24, 9);
    expect(d.rps[2]).toBeCloseTo(((1 + 3) / 2) * 1.2, 9);
    expect(d.rps[3]).toBe(0);
  });

  it('parses CSV with a header and JSON, and rejects bad rows', () => {
    expect(parseHistory('h.csv', 'timestamp,requests\n2026-01-01T00:00:00Z,3600\n1767229200000,7200\n')).toEqual([
      { t: Date.parse('2026-01-01T00:00:00Z'), requests: 3600 },
      { t: 1767229200000, requests: 7200 },
    ]);
    expect(parseHistory('h.json', '[{"t":"2026-01-01T00:00:00Z","requests":5}]')).toEqual([{ t: Date.parse('2026-01-01T00:00:00Z'), requests: 5 }]);
    expect(() => parseHistory('h.csv', '2026-01-01T00:00:00Z,lots')).toThrow('h.csv: line 1 requests; expected a count ≥ 0, got "lots"');
  });
});

describe('the peak from hourly history', () => {
  it('is the busiest day as hourly ramps, × growth', async () => {
    const { peakFromHistory } = await import('../../../recommend/demand/peak-from-history.ts');
    const day = Date.parse('2026-01-12T00:00:00Z');
    const points = [
      { t: day - 3_600_000, requests: 3600 },
      { t: day + 9 * 3_600_000, requests: 36_000 },
      { t: day + 10 * 3_600_000, requests: 72_000 },
    ];
    const p = peakFromHistory(points, 1.5, 'h.csv');
    expect(p?.label).toContain('2026-01-12');
    expect(p?.stages).toHaveLength(24);
    expect(p?.stages[9]?.toRps).toBeCloseTo(15, 9);
    expect(p?.stages[10]?.toRps).toBeCloseTo(30, 9);
    expect(p?.stages[11]?.toRps).toBe(0);
  });
});
