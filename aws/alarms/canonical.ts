// AWS's described shapes → canonical definitions (what is compared), and canonical → Put* inputs.
import type { ComparisonOperator, MetricAlarm, PutMetricAlarmCommandInput, StandardUnit, Statistic } from '@aws-sdk/client-cloudwatch';
import type { MetricType, PutScalingPolicyCommandInput, PutScheduledUpdateGroupActionCommandInput, ScalingPolicy, ScheduledUpdateGroupAction } from '@aws-sdk/client-auto-scaling';
import type { AlarmDef, PolicyDef, ScheduledDef } from './types.ts';
import { clean } from './stable-json.ts';

const POLICY = 'policy:';

export function policyDef(p: ScalingPolicy): PolicyDef {
  const tt = p.TargetTrackingConfiguration;
  const pm = tt?.PredefinedMetricSpecification;
  return clean({
    PolicyName: p.PolicyName ?? '',
    PolicyType: p.PolicyType ?? 'SimpleScaling',
    AdjustmentType: p.AdjustmentType,
    MinAdjustmentMagnitude: p.MinAdjustmentMagnitude,
    ScalingAdjustment: p.ScalingAdjustment,
    Cooldown: p.Cooldown,
    MetricAggregationType: p.MetricAggregationType,
    EstimatedInstanceWarmup: p.EstimatedInstanceWarmup,
    // AWS (and moto) return [] for policies without steps: the same as none.
    StepAdjustments:
      p.StepAdjustments !== undefined && p.StepAdjustments.length > 0
        ? p.StepAdjustments.map((s) => clean({ MetricIntervalLowerBound: s.MetricIntervalLowerBound, MetricIntervalUpperBound: s.MetricIntervalUpperBound, ScalingAdjustment: s.ScalingAdjustment ?? 0 }))
        : undefined,
    TargetTrackingConfiguration:
      tt === undefined || tt.TargetValue === undefined
        ? undefined
        : clean({
            PredefinedMetricSpecification: pm?.PredefinedMetricType === undefined ? undefined : clean({ PredefinedMetricType: pm.PredefinedMetricType, ResourceLabel: pm.ResourceLabel }),
            TargetValue: tt.TargetValue,
            DisableScaleIn: tt.DisableScaleIn,
          }),
  });
}

/** `arnToName` maps the group's policy ARNs to names; other actions (SNS topics) stay as they are. */
export function alarmDef(a: MetricAlarm, arnToName: ReadonlyMap<string, string>): AlarmDef {
  const actions = (list: readonly string[] | undefined): string[] => (list ?? []).map((arn) => (arnToName.has(arn) ? `${POLICY}${arnToName.get(arn) ?? ''}` : arn));
  return clean({
    AlarmName: a.AlarmName ?? '',
    AlarmDescription: a.AlarmDescription,
    ActionsEnabled: a.ActionsEnabled ?? true,
    AlarmActions: actions(a.AlarmActions),
    OKActions: actions(a.OKActions),
    InsufficientDataActions: actions(a.InsufficientDataActions),
    Namespace: a.Namespace ?? '',
    MetricName: a.MetricName ?? '',
    Dimensions: [...(a.Dimensions ?? [])].map((d) => ({ Name: d.Name ?? '', Value: d.Value ?? '' })).sort((x, y) => x.Name.localeCompare(y.Name)),
    Statistic: a.Statistic,
    ExtendedStatistic: a.ExtendedStatistic,
    Period: a.Period ?? 60,
    EvaluationPeriods: a.EvaluationPeriods ?? 1,
    DatapointsToAlarm: a.DatapointsToAlarm,
    Threshold: a.Threshold ?? 0,
    ComparisonOperator: a.ComparisonOperator ?? 'GreaterThanThreshold',
    TreatMissingData: a.TreatMissingData,
    Unit: a.Unit,
  });
}

export function scheduledDef(s: ScheduledUpdateGroupAction): ScheduledDef {
  return clean({
    ScheduledActionName: s.ScheduledActionName ?? '',
    StartTime: s.StartTime?.toISOString(),
    EndTime: s.EndTime?.toISOString(),
    Recurrence: s.Recurrence,
    MinSize: s.MinSize,
    MaxSize: s.MaxSize,
    DesiredCapacity: s.DesiredCapacity,
    TimeZone: s.TimeZone,
  });
}

export function putPolicyInput(asgName: string, p: PolicyDef): PutScalingPolicyCommandInput {
  const tt = p.TargetTrackingConfiguration;
  const pm = tt?.PredefinedMetricSpecification;
  return clean({
    AutoScalingGroupName: asgName,
    PolicyName: p.PolicyName,
    PolicyType: p.PolicyType,
    AdjustmentType: p.AdjustmentType,
    MinAdjustmentMagnitude: p.MinAdjustmentMagnitude,
    ScalingAdjustment: p.ScalingAdjustment,
    Cooldown: p.Cooldown,
    MetricAggregationType: p.MetricAggregationType,
    EstimatedInstanceWarmup: p.EstimatedInstanceWarmup,
    StepAdjustments: p.StepAdjustments?.map((s) => ({ ...s })),
    TargetTrackingConfiguration:
      tt === undefined
        ? undefined
        : clean({
            // The SDK types the metric as a closed union; the name came from AWS or from our own rules.
            PredefinedMetricSpecification: pm === undefined ? undefined : clean({ PredefinedMetricType: pm.PredefinedMetricType as MetricType, ResourceLabel: pm.ResourceLabel }),
            TargetValue: tt.TargetValue,
            DisableScaleIn: tt.DisableScaleIn,
          }),
  });
}

/** `resolve` turns a policy name into its ARN; an unknown name is an error (the policy must exist first). */
export function putAlarmInput(a: AlarmDef, resolve: (policyName: string) => string): PutMetricAlarmCommandInput {
  const actions = (list: readonly string[]): string[] => list.map((x) => (x.startsWith(POLICY) ? resolve(x.slice(POLICY.length)) : x));
  // Enum-typed fields: the values came from AWS or from our own rules, which use AWS's names.
  return clean({
    AlarmName: a.AlarmName,
    AlarmDescription: a.AlarmDescription,
    ActionsEnabled: a.ActionsEnabled,
    AlarmActions: actions(a.AlarmActions),
    OKActions: actions(a.OKActions),
    InsufficientDataActions: actions(a.InsufficientDataActions),
    Namespace: a.Namespace,
    MetricName: a.MetricName,
    Dimensions: a.Dimensions.map((d) => ({ ...d })),
    Statistic: a.Statistic as Statistic | undefined,
    ExtendedStatistic: a.ExtendedStatistic,
    Period: a.Period,
    EvaluationPeriods: a.EvaluationPeriods,
    DatapointsToAlarm: a.DatapointsToAlarm,
    Threshold: a.Threshold,
    ComparisonOperator: a.ComparisonOperator as ComparisonOperator,
    TreatMissingData: a.TreatMissingData,
    Unit: a.Unit as StandardUnit | undefined,
  });
}

export function putScheduledInput(asgName: string, s: ScheduledDef): PutScheduledUpdateGroupActionCommandInput {
  return {
    AutoScalingGroupName: asgName,
    ...s,
    StartTime: s.StartTime === undefined ? undefined : new Date(s.StartTime),
    EndTime: s.EndTime === undefined ? undefined : new Date(s.EndTime),
  };
}

export function policyActionName(action: string): string | null {
  return action.startsWith(POLICY) ? action.slice(POLICY.length) : null;
}
