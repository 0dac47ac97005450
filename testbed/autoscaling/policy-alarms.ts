// The CloudWatch alarms a scaling policy consists of. Step scaling: the profile's own alarms.
// Target tracking: the pair AWS creates and owns (AlarmHigh: 3 of 3 one-minute datapoints above the
// target; AlarmLow: 15 of 15 below 90 % of it).
import { randomUUID } from 'node:crypto';
import type { AlarmMetric, StepAlarmSpec, StepPolicySpec, Statistic, TargetTrackingSpec } from '../profiles/types.ts';
import type { AlarmRule } from './alarm.ts';

export interface PolicyAlarm {
  /** The CloudWatch alarm name. */
  readonly name: string;
  readonly metric: AlarmMetric;
  readonly statistic: Statistic;
  readonly rule: AlarmRule;
  /** AWS seconds (the time scale shrinks it when the testbed evaluates). */
  readonly periodSeconds: number;
  /** Step scaling: the alarm's steps; target tracking: which side. */
  readonly role: { readonly kind: 'step'; readonly spec: StepAlarmSpec } | { readonly kind: 'target-high' } | { readonly kind: 'target-low' };
}

export function stepAlarms(policy: StepPolicySpec, groupName: string): PolicyAlarm[] {
  return policy.alarms.map((a) => ({
    name: `${groupName}-${a.name}`,
    metric: a.metric,
    statistic: a.statistic,
    rule: { comparison: a.comparison, threshold: a.threshold, evaluationPeriods: a.evaluationPeriods, datapointsToAlarm: a.datapointsToAlarm },
    periodSeconds: a.periodSeconds,
    role: { kind: 'step', spec: a },
  }));
}

export function targetTrackingAlarms(policy: TargetTrackingSpec, groupName: string): PolicyAlarm[] {
  const metric: AlarmMetric = policy.metric === 'ASGAverageCPUUtilization' ? 'AWS/EC2:CPUUtilization' : 'AWS/ApplicationELB:RequestCountPerTarget';
  const statistic: Statistic = policy.metric === 'ASGAverageCPUUtilization' ? 'Average' : 'Sum';
  const id = randomUUID();
  return [
    {
      name: `TargetTracking-${groupName}-AlarmHigh-${id}`,
      metric,
      statistic,
      rule: { comparison: 'GreaterThanThreshold', threshold: policy.targetValue, evaluationPeriods: 3, datapointsToAlarm: 3 },
      periodSeconds: 60,
      role: { kind: 'target-high' },
    },
    {
      name: `TargetTracking-${groupName}-AlarmLow-${id}`,
      metric,
      statistic,
      rule: { comparison: 'LessThanThreshold', threshold: policy.targetValue * 0.9, evaluationPeriods: 15, datapointsToAlarm: 15 },
      periodSeconds: 60,
      role: { kind: 'target-low' },
    },
  ];
}
