// Today's scaling, as read back from AWS or a backup file, turned into a GroupPolicy the replay can run.
// Supported: one target tracking policy on CPU or ALB requests per target, or step/simple policies
// whose alarms watch CPUUtilization (AWS/EC2) or RequestCountPerTarget (AWS/ApplicationELB).
// Scheduled actions are dated and the replayed peak is not, so they are not replayed (said in a note).
import { CLIError } from '../../cli/errors.ts';
import type { GroupPolicy, ScalingMetric, StepAlarm, StepRule } from '../../recommend/types.ts';
import { policyActionName } from './canonical.ts';
import type { AlarmDef, GroupState, PolicyDef } from './types.ts';

function metricOf(a: AlarmDef): ScalingMetric {
  if (a.Namespace === 'AWS/EC2' && a.MetricName === 'CPUUtilization') return 'ASGAverageCPUUtilization';
  if (a.Namespace === 'AWS/ApplicationELB' && a.MetricName === 'RequestCountPerTarget') return 'ALBRequestCountPerTarget';
  throw new CLIError('CONFIG', `today's alarm ${a.AlarmName} watches ${a.Namespace} ${a.MetricName}; the replay models only CPUUtilization and RequestCountPerTarget`);
}

function stepAlarm(a: AlarmDef): StepAlarm {
  const cmp = a.ComparisonOperator;
  if (cmp !== 'GreaterThanOrEqualToThreshold' && cmp !== 'GreaterThanThreshold' && cmp !== 'LessThanOrEqualToThreshold' && cmp !== 'LessThanThreshold') {
    throw new CLIError('CONFIG', `today's alarm ${a.AlarmName} compares with ${cmp}, which the replay does not model`);
  }
  const tmd = a.TreatMissingData;
  return {
    threshold: a.Threshold,
    comparison: cmp,
    statistic: a.Statistic === 'Sum' ? 'Sum' : 'Average',
    periodSeconds: a.Period,
    evaluationPeriods: a.EvaluationPeriods,
    datapointsToAlarm: a.DatapointsToAlarm ?? a.EvaluationPeriods,
    treatMissingData: tmd === 'breaching' || tmd === 'notBreaching' || tmd === 'ignore' ? tmd : 'missing',
  };
}

function rule(p: PolicyDef, a: AlarmDef): StepRule {
  const type = p.AdjustmentType === 'PercentChangeInCapacity' ? 'PercentChangeInCapacity' : 'ChangeInCapacity';
  const steps =
    p.PolicyType === 'SimpleScaling'
      ? [{ lower: null, upper: null, adjustment: p.ScalingAdjustment ?? 0 }]
      : (p.StepAdjustments ?? []).map((s) => ({ lower: s.MetricIntervalLowerBound ?? null, upper: s.MetricIntervalUpperBound ?? null, adjustment: s.ScalingAdjustment }));
  return {
    alarm: stepAlarm(a),
    adjustmentType: type,
    minAdjustmentMagnitude: p.MinAdjustmentMagnitude ?? null,
    steps,
    // Simple scaling waits its cooldown (300 s by default) after every activity.
    cooldownSeconds: p.PolicyType === 'SimpleScaling' ? (p.Cooldown ?? 300) : 0,
  };
}

function direction(p: PolicyDef): 'out' | 'in' {
  const adj = p.ScalingAdjustment ?? p.StepAdjustments?.[0]?.ScalingAdjustment ?? 0;
  return adj >= 0 ? 'out' : 'in';
}

export function policyFromState(state: GroupState, minCapacity: number, maxCapacity: number, label: string): GroupPolicy {
  const tt = state.policies.find((p) => p.PolicyType === 'TargetTrackingScaling');
  const base = { label, minCapacity, maxCapacity, scheduled: [] };
  const type = tt?.TargetTrackingConfiguration?.PredefinedMetricSpecification?.PredefinedMetricType;
  if (tt !== undefined && tt.TargetTrackingConfiguration !== undefined) {
    if (type !== 'ASGAverageCPUUtilization' && type !== 'ALBRequestCountPerTarget') {
      throw new CLIError('CONFIG', `today's target tracking policy ${tt.PolicyName} tracks ${type ?? 'a custom metric'}; the replay models ASGAverageCPUUtilization and ALBRequestCountPerTarget`);
    }
    return { ...base, rule: { kind: 'target-tracking', metric: type, targetValue: tt.TargetTrackingConfiguration.TargetValue, instanceWarmupSeconds: tt.EstimatedInstanceWarmup ?? 300, scaleInCooldownSeconds: 300 } };
  }
  const alarmFor = (p: PolicyDef): AlarmDef | undefined => state.alarms.find((a) => a.AlarmActions.some((x) => policyActionName(x) === p.PolicyName));
  const pairs = state.policies.flatMap((p) => {
    const a = alarmFor(p);
    return a === undefined ? [] : [{ p, a }];
  });
  const out = pairs.find((x) => direction(x.p) === 'out');
  const inn = pairs.find((x) => direction(x.p) === 'in');
  if (out === undefined) throw new CLIError('CONFIG', `${state.asgName} has no scale-out policy with an alarm: nothing to replay as today's policy`);
  const scaleIn: StepRule = inn === undefined ? { ...rule(out.p, out.a), steps: [], alarm: { ...stepAlarm(out.a), comparison: 'LessThanThreshold', threshold: Number.NEGATIVE_INFINITY } } : rule(inn.p, inn.a);
  return {
    ...base,
    rule: { kind: 'step', metric: metricOf(out.a), scaleOut: rule(out.p, out.a), scaleIn, instanceWarmupSeconds: out.p.EstimatedInstanceWarmup ?? 300 },
  };
}
