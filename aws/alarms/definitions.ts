// A recommended group policy → the AWS definitions that implement it: scaling policies, the alarms
// step scaling needs (target tracking creates its own), scheduled actions that raise and later restore
// the minimum around each known event, and the group settings to set by hand.
import type { GroupPolicy, ScalingMetric, StepRule } from '../../recommend/types.ts';
import type { AlarmDef, AlarmDefinitions, PolicyDef, ScheduledDef, StepAdjustmentDef } from './types.ts';
import { clean } from './stable-json.ts';

export const PLACEHOLDER_RESOURCE_LABEL = 'app/moodle-alb/0123456789abcdef/targetgroup/moodle-web/0123456789abcdef';

export interface DefinitionOptions {
  readonly asgName: string;
  /** `app/<lb>/<id>/targetgroup/<tg>/<id>`: required by ALBRequestCountPerTarget. */
  readonly resourceLabel: string | null;
  /** When minute 0 of the peak profile is, for the scheduled actions' dates. */
  readonly peakStartMs: number;
  readonly instanceWarmupSeconds: number;
}

/** Policy names are per group in AWS, but moto keys them by name alone: including the group keeps both right. */
export function policyNames(asgName: string): { tt: string; out: string; in: string } {
  const p = `moodle-capacity-${asgName}`;
  return { tt: `${p}-target-tracking`, out: `${p}-scale-out`, in: `${p}-scale-in` };
}

function metricOf(metric: ScalingMetric, asgName: string, label: string): Pick<AlarmDef, 'Namespace' | 'MetricName' | 'Dimensions'> {
  if (metric === 'ASGAverageCPUUtilization') {
    return { Namespace: 'AWS/EC2', MetricName: 'CPUUtilization', Dimensions: [{ Name: 'AutoScalingGroupName', Value: asgName }] };
  }
  const tg = label.slice(label.indexOf('targetgroup/'));
  return { Namespace: 'AWS/ApplicationELB', MetricName: 'RequestCountPerTarget', Dimensions: [{ Name: 'TargetGroup', Value: tg }] };
}

function steps(rule: StepRule): StepAdjustmentDef[] {
  return rule.steps.map((s) => clean({ MetricIntervalLowerBound: s.lower ?? undefined, MetricIntervalUpperBound: s.upper ?? undefined, ScalingAdjustment: s.adjustment }));
}

function stepPolicy(name: string, rule: StepRule, warmup: number): PolicyDef {
  return clean({
    PolicyName: name,
    PolicyType: 'StepScaling',
    AdjustmentType: rule.adjustmentType,
    MinAdjustmentMagnitude: rule.minAdjustmentMagnitude ?? undefined,
    MetricAggregationType: 'Average',
    EstimatedInstanceWarmup: warmup,
    StepAdjustments: steps(rule),
  });
}

function stepAlarm(name: string, policyName: string, rule: StepRule, metric: Pick<AlarmDef, 'Namespace' | 'MetricName' | 'Dimensions'>, description: string): AlarmDef {
  const a = rule.alarm;
  return {
    AlarmName: name,
    AlarmDescription: description,
    ActionsEnabled: true,
    AlarmActions: [`policy:${policyName}`],
    OKActions: [],
    InsufficientDataActions: [],
    ...metric,
    Statistic: a.statistic,
    Period: a.periodSeconds,
    EvaluationPeriods: a.evaluationPeriods,
    DatapointsToAlarm: a.datapointsToAlarm,
    Threshold: a.threshold,
    ComparisonOperator: a.comparison,
    TreatMissingData: a.treatMissingData,
  };
}

function scheduled(policy: GroupPolicy, startMs: number): ScheduledDef[] {
  return policy.scheduled.flatMap((s) => [
    { ScheduledActionName: `moodle-capacity-${s.name}-raise`, StartTime: new Date(startMs + s.startMinute * 60_000).toISOString(), MinSize: s.minCapacity },
    { ScheduledActionName: `moodle-capacity-${s.name}-restore`, StartTime: new Date(startMs + s.endMinute * 60_000).toISOString(), MinSize: policy.minCapacity },
  ]);
}

export function alarmDefinitions(policy: GroupPolicy, o: DefinitionOptions): AlarmDefinitions {
  const warnings: string[] = [];
  const rule = policy.rule;
  const usesAlb = rule.kind !== 'static' && rule.metric === 'ALBRequestCountPerTarget';
  const label = o.resourceLabel ?? PLACEHOLDER_RESOURCE_LABEL;
  if (usesAlb && o.resourceLabel === null) warnings.push(`No --resource-label given: the ALB target group is a placeholder (${PLACEHOLDER_RESOURCE_LABEL}); set yours (app/<lb>/<id>/targetgroup/<tg>/<id>).`);
  if (usesAlb && !/^app\/[^/]+\/[^/]+\/targetgroup\/[^/]+\/[^/]+$/.test(label)) warnings.push(`The resource label ${label} does not look like app/<lb>/<id>/targetgroup/<tg>/<id>.`);
  const names = policyNames(o.asgName);
  const policies: PolicyDef[] = [];
  const alarms: AlarmDef[] = [];
  if (rule.kind === 'target-tracking') {
    policies.push({
      PolicyName: names.tt,
      PolicyType: 'TargetTrackingScaling',
      EstimatedInstanceWarmup: rule.instanceWarmupSeconds,
      TargetTrackingConfiguration: {
        PredefinedMetricSpecification: clean({ PredefinedMetricType: rule.metric, ResourceLabel: rule.metric === 'ALBRequestCountPerTarget' ? label : undefined }),
        TargetValue: rule.targetValue,
        DisableScaleIn: false,
      },
    });
  } else if (rule.kind === 'step') {
    const metric = metricOf(rule.metric, o.asgName, label);
    policies.push(stepPolicy(names.out, rule.scaleOut, rule.instanceWarmupSeconds), stepPolicy(names.in, rule.scaleIn, rule.instanceWarmupSeconds));
    alarms.push(
      stepAlarm(`moodle-capacity-${o.asgName}-scale-out`, names.out, rule.scaleOut, metric, `Scale out ${o.asgName}: ${rule.metric} ≥ ${rule.scaleOut.alarm.threshold} for ${rule.scaleOut.alarm.datapointsToAlarm} of ${rule.scaleOut.alarm.evaluationPeriods} min (moodle-capacity)`),
      stepAlarm(`moodle-capacity-${o.asgName}-scale-in`, names.in, rule.scaleIn, metric, `Scale in ${o.asgName}: ${rule.metric} ≤ ${rule.scaleIn.alarm.threshold} for ${rule.scaleIn.alarm.datapointsToAlarm} of ${rule.scaleIn.alarm.evaluationPeriods} min (moodle-capacity)`),
    );
  }
  const sched = scheduled(policy, o.peakStartMs);
  if (sched.length > 0 && sched.some((s) => Date.parse(s.StartTime ?? '') < Date.now())) warnings.push('Some scheduled actions start in the past; AWS rejects those. Pass --peak-start with the date of the coming peak.');
  return {
    desired: { asgName: o.asgName, policies, alarms, scheduled: sched },
    group: { MinSize: policy.minCapacity, MaxSize: policy.maxCapacity, DefaultInstanceWarmup: o.instanceWarmupSeconds },
    warnings,
  };
}
