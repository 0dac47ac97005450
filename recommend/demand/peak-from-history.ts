// The coming peak from hourly history: the busiest day (midnight to midnight UTC, by its busiest
// hour), × growth, as hourly linear ramps. Hourly averages hide surges inside the hour, so the label
// says so; a peak profile file describes a known surge better.
import type { PeakProfile } from '../types.ts';
import type { HourlyPoint } from './types.ts';

const DAY_MS = 86_400_000;

export function peakFromHistory(points: readonly HourlyPoint[], growth: number, source: string): PeakProfile | null {
  if (points.length === 0) return null;
  const busiest = points.reduce((b, p) => (p.requests > b.requests ? p : b));
  const day = Math.floor(busiest.t / DAY_MS) * DAY_MS;
  const byHour = new Map(points.filter((p) => p.t >= day && p.t < day + DAY_MS).map((p) => [Math.floor((p.t - day) / 3_600_000), (p.requests / 3600) * growth]));
  const level = (h: number): number => byHour.get(h) ?? 0;
  return {
    label: `Busiest day in ${source} (${new Date(day).toISOString().slice(0, 10)}) × ${growth}, hourly averages (surges inside an hour are not visible)`,
    source: 'measured',
    startRps: level(0),
    stages: Array.from({ length: 24 }, (_, h) => ({ minutes: 60, toRps: level(h) })),
  };
}
