// How long a policy takes to add serving capacity once demand grows: metric delay + the alarm's
// datapoints + boot + warmup. Headroom must cover the growth over that time.
import type { Reasoned } from '../types.ts';
import { secs } from './format.ts';

export interface ReactionFacts {
  readonly metricLagSeconds: number;
  readonly bootSeconds: number;
  readonly warmupSeconds: number;
}

export function reactionSeconds(alarmMinutes: number, f: ReactionFacts, alarmWording: string): Reasoned<number> {
  const total = f.metricLagSeconds + alarmMinutes * 60 + f.bootSeconds + f.warmupSeconds;
  return {
    value: total,
    reasoning: `${secs(f.metricLagSeconds)} until a minute's datapoint reaches the alarm + ${alarmMinutes} min of datapoints (${alarmWording}) + ${secs(f.bootSeconds)} boot + ${secs(f.warmupSeconds)} warmup = ${secs(total)}.`,
  };
}
