// Policies for the alarms tests: a step policy with pre-scaling (alarms of our own, scheduled actions)
// and a target tracking policy.
import { stepScaling, targetTracking, type PolicyFacts } from '../../../recommend/scaling/policies.ts';
import type { GroupPolicy } from '../../../recommend/types.ts';

const facts: PolicyFacts = { metric: 'ALBRequestCountPerTarget', planningRpsPerInstance: 18, cpu: null, saturationRps: 24, warmupSeconds: 120 };

export const STEP_POLICY: GroupPolicy = {
  label: 'step',
  minCapacity: 4,
  maxCapacity: 12,
  rule: stepScaling(0.75, facts),
  scheduled: [{ name: 'prescale-term-start', startMinute: 50, endMinute: 130, minCapacity: 9, reason: 'test' }],
};

export const TT_POLICY: GroupPolicy = { label: 'tt', minCapacity: 3, maxCapacity: 10, rule: targetTracking(0.7, { ...facts, metric: 'ASGAverageCPUUtilization' }), scheduled: [] };

/** A Monday far enough ahead that scheduled actions are never in the past. */
export const PEAK_START_MS = Date.parse('2031-09-29T07:00:00Z');

export const LABEL = 'app/moodle-alb/50dc6c495c0c9188/targetgroup/moodle-web/73e2d6bc24d8a067';
