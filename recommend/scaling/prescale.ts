// Scheduled pre-scaling before known events (term start, exam slots): raise the minimum early enough
// that the extra instances serve before the event starts, to what the event's peak needs at the
// target utilisation, and let the dynamic rule scale in after it.
import type { DemandSeries, ScheduledAction } from '../types.ts';
import { rps, secs } from './format.ts';

/** Extra minutes between instances being ready and the event starting (clock skew, slow boots). */
export const PRESCALE_MARGIN_MINUTES = 5;

export function scheduledActions(series: DemandSeries, perInstanceAtTarget: number, minCapacity: number, readySeconds: number): ScheduledAction[] {
  const leadMinutes = Math.ceil(readySeconds / 60) + PRESCALE_MARGIN_MINUTES;
  return series.events.map((e) => {
    const peak = series.rps.slice(e.start, e.end).reduce((m, v) => Math.max(m, v), 0);
    const n = Math.max(minCapacity, Math.ceil(peak / perInstanceAtTarget - 1e-9));
    const start = Math.max(0, (e.start * series.tickSeconds) / 60 - leadMinutes);
    const end = (e.end * series.tickSeconds) / 60;
    return {
      name: `prescale-${e.label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
      startMinute: start,
      endMinute: end,
      minCapacity: n,
      reason: `${e.label} peaks at ${rps(peak)}: ${n} instances at ${rps(perInstanceAtTarget)} each; raised ${leadMinutes} min before it (${secs(readySeconds)} boot + warmup + ${PRESCALE_MARGIN_MINUTES} min margin), held until it ends.`,
    };
  });
}
