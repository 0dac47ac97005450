// When no utilisation makes a policy meet the SLO: try what would, one change at a time, and say so
// only for changes a replay confirmed (faster boot, pre-scaling the surges, bigger instances).
import type { ReplayResult } from '../replay/types.ts';
import type { CapacityInput, DemandSeries } from '../types.ts';
import { secs } from './format.ts';
import { PRESCALE_MARGIN_MINUTES } from './prescale.ts';

export type Attempt = (capacity: CapacityInput, series: DemandSeries) => ReplayResult;

/** The over-SLO runs of a replay as events from 15 min before to 15 min after (the ramp is before). */
function surgesAsEvents(series: DemandSeries, failing: ReplayResult): DemandSeries {
  const events = [...series.events];
  let runStart: number | null = null;
  failing.timeline.forEach((m, t) => {
    if (m.overSlo && runStart === null) runStart = t;
    if ((!m.overSlo || t === failing.timeline.length - 1) && runStart !== null) {
      const start = Math.max(0, runStart - 15);
      events.push({ label: `surge at minute ${runStart}`, start, end: Math.min(series.rps.length, t + 15) });
      runStart = null;
    }
  });
  return { ...series, events };
}

export function whatMustChange(capacity: CapacityInput, series: DemandSeries, best: ReplayResult, attempt: Attempt, scale: (c: CapacityInput, f: number) => CapacityInput): string[] {
  const out: string[] = [];
  const boot = capacity.bootSeconds.value;
  const warm = capacity.warmupSeconds.value;
  for (const f of [0.75, 0.5, 0.25]) {
    const faster = { ...capacity, bootSeconds: { ...capacity.bootSeconds, value: boot * f }, warmupSeconds: { ...capacity.warmupSeconds, value: warm * f } };
    if (attempt(faster, series).summary.meetsSlo) {
      out.push(`Faster boot: with boot + warmup cut from ${secs(boot + warm)} to ${secs((boot + warm) * f)} (a pre-baked AMI, a warm pool) the policy meets the SLO.`);
      break;
    }
  }
  const leadMinutes = Math.ceil((boot + warm) / 60) + PRESCALE_MARGIN_MINUTES;
  const planned = surgesAsEvents(series, best);
  if (planned.events.length > series.events.length && attempt(capacity, planned).summary.meetsSlo) {
    const names = planned.events.slice(series.events.length).map((e) => e.label).join(', ');
    out.push(`Pre-scaling: treat the ${names} as known events (scheduled minimum raised ${leadMinutes} min before each); then the SLO is met.`);
  }
  for (const f of [2, 4]) {
    if (attempt(scale(capacity, f), series).summary.meetsSlo) {
      out.push(`Bigger instances: with ${f}× the capacity per instance (the next size${f > 2 ? 's' : ''} up, if Moodle scales with it: measure before buying) the SLO is met.`);
      break;
    }
  }
  if (out.length === 0) out.push('None of faster boot, pre-scaling the surges or instances up to 4× bigger is enough on its own: the platform needs a capacity test at the target scale (the database or session store may be the limit).');
  return out;
}
