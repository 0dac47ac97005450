// Demand for a year from a term calendar: peak in-term hour × growth × season (term, exam week or
// out of term) × weekday shape × hour-of-day shape. Shapes are relative; their maximum counts as 1.
import type { TermCalendar, YearDemand } from './types.ts';

export const HOURS_PER_YEAR = 8760;
const DAY_MS = 86_400_000;

export function dayMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function within(t: number, r: { start: string; end: string }): boolean {
  return t >= dayMs(r.start) && t < dayMs(r.end) + DAY_MS;
}

function normalised(shape: readonly number[]): number[] {
  const max = Math.max(...shape);
  return shape.map((v) => (max > 0 ? v / max : 0));
}

/** Relative demand of the season an hour falls in: exam week factor, 1 in term, else out of term. */
export function seasonFactor(cal: TermCalendar, t: number): number {
  const exam = cal.examWeeks.find((e) => within(t, e));
  if (exam !== undefined) return exam.factor;
  return cal.terms.some((r) => within(t, r)) ? 1 : cal.outOfTermFactor;
}

/** `fallbackPeakRps` stands in when the calendar does not give its busiest in-term hour. */
export function calendarDemand(cal: TermCalendar, fallbackPeakRps: number, hours = HOURS_PER_YEAR): YearDemand {
  const peak = cal.peakRps ?? fallbackPeakRps;
  const startMs = dayMs(cal.start);
  const weekday = normalised(cal.weekdayShape);
  const hourly = normalised(cal.hourShape);
  const rps = Array.from({ length: hours }, (_, h) => {
    const t = startMs + h * 3_600_000;
    const d = new Date(t);
    const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
    return peak * cal.growth * seasonFactor(cal, t) * (weekday[dow] ?? 0) * (hourly[d.getUTCHours()] ?? 0);
  });
  return { startMs, source: `term calendar ${cal.path}`, rps };
}
