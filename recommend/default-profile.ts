// The peak replayed when the user gives none: a term start (DOMAIN: 5–10× normal traffic within
// minutes, mostly logins) announced in the calendar and so pre-scaled, then an unannounced deadline
// rush that the dynamic rule alone must absorb. Labelled as assumed wherever it is shown.
import type { PeakProfile } from './types.ts';

export const TERM_START_FACTOR = 6;
export const RUSH_FACTOR = 3.5;

export function defaultPeakProfile(baselineRps: number): PeakProfile {
  const b = baselineRps;
  return {
    label: `Assumed term-start day: baseline ${Number(b.toFixed(1))} requests/s, ×${TERM_START_FACTOR} within 10 min at term start (known, pre-scaled), then an unannounced ×${RUSH_FACTOR} deadline rush`,
    source: 'assumed',
    startRps: b,
    stages: [
      { minutes: 60, toRps: b },
      { minutes: 10, toRps: TERM_START_FACTOR * b, event: 'Term start' },
      { minutes: 60, toRps: TERM_START_FACTOR * b, event: 'Term start' },
      { minutes: 30, toRps: 2 * b },
      { minutes: 30, toRps: 2 * b },
      { minutes: 20, toRps: RUSH_FACTOR * b },
      { minutes: 30, toRps: RUSH_FACTOR * b },
      { minutes: 30, toRps: b },
      { minutes: 30, toRps: b },
    ],
  };
}
