// Target tracking as AWS runs it: alarms it owns (3 of 3 one-minute datapoints above the target to
// scale out, 15 of 15 below ~90 % of it to scale in), capacity set in proportion to metric/target,
// instances still warming counted towards the new capacity so a second alarm does not double-launch.
import type { StepAlarm, TargetTrackingPolicy } from '../types.ts';
import { inAlarm, type Datapoint } from './alarm.ts';
import type { Decision, FleetView, RuleMemory } from './types.ts';

/** AWS puts the scale-in alarm about 10 % under the target. */
export const SCALE_IN_FRACTION = 0.9;

export function targetTrackingAlarms(targetValue: number): { out: StepAlarm; in: StepAlarm } {
  const common = { statistic: 'Average', periodSeconds: 60, treatMissingData: 'missing' } as const;
  return {
    out: { ...common, threshold: targetValue, comparison: 'GreaterThanThreshold', evaluationPeriods: 3, datapointsToAlarm: 3 },
    in: { ...common, threshold: targetValue * SCALE_IN_FRACTION, comparison: 'LessThanThreshold', evaluationPeriods: 15, datapointsToAlarm: 15 },
  };
}

export function decideTargetTracking(policy: TargetTrackingPolicy, datapoints: readonly Datapoint[], visible: number, fleet: FleetView, memory: RuleMemory): Decision {
  const latest = visible >= 0 ? datapoints[visible] : null;
  if (latest === null || latest === undefined || fleet.servingAtDatapoint === 0) return 0;
  const alarms = targetTrackingAlarms(policy.targetValue);
  const desired = Math.ceil((fleet.servingAtDatapoint * latest) / policy.targetValue - 1e-9);
  if (inAlarm(datapoints, visible, alarms.out)) {
    return Math.max(0, Math.min(fleet.maxCapacity, desired) - fleet.running);
  }
  const warming = fleet.running > fleet.serving;
  const cooled = fleet.nowSeconds - memory.lastScaleInSeconds >= policy.scaleInCooldownSeconds;
  if (!warming && cooled && inAlarm(datapoints, visible, alarms.in)) {
    const to = Math.max(fleet.minCapacity, desired);
    return Math.min(0, to - fleet.running);
  }
  return 0;
}
