// The policy's alarms as CloudWatch alarms (PutMetricAlarm), so DescribeAlarms shows what the
// testbed scales on, with AWS's periods (the time scale only speeds up the testbed's own evaluation).
// State changes are mirrored with SetAlarmState.
import type { PutMetricAlarmCommandInput, SetAlarmStateCommandInput } from '@aws-sdk/client-cloudwatch';
import { publishedMetrics, type PublishedMetric } from '../metrics/catalogue.ts';
import type { ResourceIds } from '../metrics/resource-ids.ts';
import type { AlarmMetric } from '../profiles/types.ts';
import type { AlarmState } from './alarm.ts';
import type { PolicyAlarm } from './policy-alarms.ts';

/** A made-up account; the ARN only has to look like a scaling policy's. */
const ACCOUNT = '123456789012';

export function alarmMetric(metric: AlarmMetric, ids: ResourceIds): PublishedMetric {
  const m = publishedMetrics(ids);
  switch (metric) {
    case 'AWS/EC2:CPUUtilization':
      return m.asgCpu;
    case 'AWS/ApplicationELB:RequestCountPerTarget':
      return m.requestCountPerTarget;
    case 'AWS/ApplicationELB:RequestCount':
      return m.requestCount;
    case 'AWS/ApplicationELB:TargetResponseTime':
      return m.targetResponseTime;
    case 'AWS/RDS:CPUUtilization':
      return m.rdsCpu;
  }
}

export function putMetricAlarmInput(alarm: PolicyAlarm, ids: ResourceIds, region: string, timeScale: number): PutMetricAlarmCommandInput {
  const metric = alarmMetric(alarm.metric, ids);
  const policyName = alarm.role.kind === 'step' ? `${alarm.name}-policy` : 'target-tracking';
  return {
    AlarmName: alarm.name,
    AlarmDescription: `Scaling policy alarm of the moodle-capacity testbed (evaluated by the testbed at time scale ${timeScale}).`,
    Namespace: metric.namespace,
    MetricName: metric.metricName,
    Dimensions: Object.entries(metric.dimensions).map(([Name, Value]) => ({ Name, Value })),
    Statistic: alarm.statistic,
    Period: alarm.periodSeconds,
    EvaluationPeriods: alarm.rule.evaluationPeriods,
    DatapointsToAlarm: alarm.rule.datapointsToAlarm,
    Threshold: alarm.rule.threshold,
    ComparisonOperator: alarm.rule.comparison,
    TreatMissingData: 'missing',
    ActionsEnabled: true,
    AlarmActions: [`arn:aws:autoscaling:${region}:${ACCOUNT}:scalingPolicy:00000000-0000-0000-0000-000000000000:autoScalingGroupName/${ids.autoScalingGroup}:policyName/${policyName}`],
  };
}

export function setAlarmStateInput(alarm: PolicyAlarm, state: AlarmState, value: number | null): SetAlarmStateCommandInput {
  return {
    AlarmName: alarm.name,
    StateValue: state,
    StateReason: `Threshold ${state === 'ALARM' ? 'crossed' : 'not crossed'}: ${value === null ? 'no datapoint' : `datapoint ${value.toFixed(3)}`} (${alarm.rule.datapointsToAlarm} of ${alarm.rule.evaluationPeriods} needed).`,
  };
}
