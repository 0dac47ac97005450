// Step (and simple) scaling: alarms the user owns, adjustments by breach size. While instances launched
// by an earlier step are warming they count towards the new capacity (AWS adds only the difference);
// simple scaling additionally waits a cooldown after each activity.
import type { StepPolicy, StepRule } from '../types.ts';
import { inAlarm, periodValue, type Datapoint } from './alarm.ts';
import type { Decision, FleetView, RuleMemory } from './types.ts';

/** AWS rounding of a percentage adjustment: |a| < 1 becomes ±1, larger values round towards zero. */
export function stepAdjustment(rule: StepRule, breach: number, capacity: number): number {
  // AWS: above the threshold the lower bound is inclusive, below it the upper bound is.
  const above = breach >= 0;
  const step = rule.steps.find(
    (s) =>
      (s.lower === null || (above ? breach >= s.lower : breach > s.lower)) &&
      (s.upper === null || (above ? breach < s.upper : breach <= s.upper)),
  );
  if (step === undefined) return 0;
  let a = step.adjustment;
  if (rule.adjustmentType === 'PercentChangeInCapacity') {
    const raw = (capacity * step.adjustment) / 100;
    a = Math.abs(raw) < 1 ? Math.sign(raw) : Math.trunc(raw);
    if (rule.minAdjustmentMagnitude !== null && Math.abs(a) < rule.minAdjustmentMagnitude) a = Math.sign(a) * rule.minAdjustmentMagnitude;
  }
  return a;
}

export function decideStep(policy: StepPolicy, datapoints: readonly Datapoint[], visible: number, fleet: FleetView, memory: RuleMemory): Decision {
  const outValue = periodValue(datapoints, visible, policy.scaleOut.alarm);
  if (outValue !== null && fleet.nowSeconds >= memory.scaleOutBlockedUntilSeconds && inAlarm(datapoints, visible, policy.scaleOut.alarm)) {
    const a = stepAdjustment(policy.scaleOut, outValue - policy.scaleOut.alarm.threshold, fleet.servingAtDatapoint);
    return Math.max(0, Math.min(fleet.maxCapacity, fleet.servingAtDatapoint + a) - fleet.running);
  }
  const warming = fleet.running > fleet.serving;
  const cooled = fleet.nowSeconds - memory.lastScaleInSeconds >= policy.scaleIn.cooldownSeconds;
  const inValue = periodValue(datapoints, visible, policy.scaleIn.alarm);
  if (inValue !== null && !warming && cooled && inAlarm(datapoints, visible, policy.scaleIn.alarm)) {
    const a = stepAdjustment(policy.scaleIn, inValue - policy.scaleIn.alarm.threshold, fleet.running);
    return Math.min(0, Math.max(fleet.minCapacity, fleet.running + a) - fleet.running);
  }
  return 0;
}
