// What a scaling policy does when one of its alarms is in ALARM: step scaling adds the step's
// adjustment for the size of the breach (outside the cooldown); target tracking sets the capacity
// that would bring the metric back to the target (scale-in only when nothing is still warming up).
import type { Clock } from '../clock/clock.ts';
import type { StepPolicySpec, StepSpec, TargetTrackingSpec } from '../profiles/types.ts';
import type { EventLog } from './event-log.ts';
import type { AutoScalingGroup } from './group.ts';
import type { PolicyAlarm } from './policy-alarms.ts';

export interface PolicyDeps {
  readonly clock: Clock;
  readonly timeScale: number;
  readonly group: AutoScalingGroup;
  readonly log: EventLog;
}

/** PutScalingPolicy's rule: above the threshold [lower, upper); below it (lower, upper]. */
export function matchingStep(steps: readonly StepSpec[], breach: number): StepSpec | undefined {
  return steps.find((s) => {
    const below = s.upper !== null && s.upper <= 0;
    const lowerOk = s.lower === null || (below ? breach > s.lower : breach >= s.lower);
    const upperOk = s.upper === null || (below ? breach <= s.upper : breach < s.upper);
    return lowerOk && upperOk;
  });
}

function change(deps: PolicyDeps, to: number, alarm: PolicyAlarm, value: number): boolean {
  const from = deps.group.desired;
  const set = deps.group.clamp(to);
  if (set === from) return false;
  // Logged before the launches and terminations it causes.
  deps.log.add({
    type: set > from ? 'scale-out' : 'scale-in',
    desiredFrom: from,
    desiredTo: set,
    alarm: alarm.name,
    value,
    reason: `${alarm.metric} ${alarm.statistic} ${value.toFixed(2)} vs threshold ${alarm.rule.threshold}`,
  });
  deps.group.setDesired(set);
  return true;
}

export function stepScaling(policy: StepPolicySpec, deps: PolicyDeps): (alarm: PolicyAlarm, value: number) => void {
  let cooldownUntil = Number.NEGATIVE_INFINITY;
  return (alarm, value) => {
    if (alarm.role.kind !== 'step' || deps.clock.now() < cooldownUntil) return;
    const step = matchingStep(alarm.role.spec.steps, value - alarm.rule.threshold);
    if (step === undefined) return;
    if (change(deps, deps.group.desired + step.adjustment, alarm, value)) {
      cooldownUntil = deps.clock.now() + policy.cooldownSeconds * 1000 * deps.timeScale;
    }
  };
}

export function targetTracking(policy: TargetTrackingSpec, deps: PolicyDeps): (alarm: PolicyAlarm, value: number) => void {
  let scaleInAfter = Number.NEGATIVE_INFINITY;
  return (alarm, value) => {
    const serving = deps.group.live().filter((i) => i.state === 'healthy' || i.state === 'unhealthy').length;
    const wanted = Math.ceil((Math.max(1, serving) * value) / policy.targetValue);
    if (alarm.role.kind === 'target-high') {
      if (wanted > deps.group.desired && change(deps, wanted, alarm, value)) {
        // Scaling in right after scaling out would undo it before the new instances count.
        scaleInAfter = deps.clock.now() + policy.warmupSeconds * 1000 * deps.timeScale;
      }
      return;
    }
    if (alarm.role.kind !== 'target-low' || policy.disableScaleIn || deps.clock.now() < scaleInAfter) return;
    if (deps.group.live().some((i) => i.state === 'pending' || i.state === 'initial')) return;
    if (wanted < deps.group.desired && change(deps, Math.max(deps.group.min, wanted), alarm, value)) {
      scaleInAfter = deps.clock.now() + policy.scaleInCooldownSeconds * 1000 * deps.timeScale;
    }
  };
}
