// A throwaway Auto Scaling group in moto's server, with a pre-existing ("today's") simple scaling
// policy, its CPU alarm and a scheduled action, so apply and rollback have something to preserve.
// Names carry the group's name: moto keys scaling policies by name alone, across groups.
import { PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { CreateAutoScalingGroupCommand, CreateLaunchConfigurationCommand, DescribePoliciesCommand, PutScalingPolicyCommand, PutScheduledUpdateGroupActionCommand } from '@aws-sdk/client-auto-scaling';
import type { AlarmClients } from '../../../aws/alarms/clients.ts';

export async function createGroup(c: AlarmClients, name: string, withLegacy: boolean): Promise<void> {
  await c.autoscaling.send(new CreateLaunchConfigurationCommand({ LaunchConfigurationName: `${name}-lc`, ImageId: 'ami-12c6146b', InstanceType: 'm6a.xlarge' }));
  await c.autoscaling.send(new CreateAutoScalingGroupCommand({ AutoScalingGroupName: name, LaunchConfigurationName: `${name}-lc`, MinSize: 0, MaxSize: 10, DesiredCapacity: 0, AvailabilityZones: ['eu-west-2a', 'eu-west-2b'] }));
  if (!withLegacy) return;
  await c.autoscaling.send(new PutScalingPolicyCommand({ AutoScalingGroupName: name, PolicyName: `${name}-legacy-cpu-out`, PolicyType: 'SimpleScaling', AdjustmentType: 'ChangeInCapacity', ScalingAdjustment: 1, Cooldown: 300 }));
  const arn = (await c.autoscaling.send(new DescribePoliciesCommand({ AutoScalingGroupName: name }))).ScalingPolicies?.find((p) => p.PolicyName === `${name}-legacy-cpu-out`)?.PolicyARN;
  await c.cloudwatch.send(
    new PutMetricAlarmCommand({
      AlarmName: `${name}-legacy-cpu-high`,
      AlarmActions: arn === undefined ? [] : [arn],
      Namespace: 'AWS/EC2',
      MetricName: 'CPUUtilization',
      Dimensions: [{ Name: 'AutoScalingGroupName', Value: name }],
      Statistic: 'Average',
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: 75,
      ComparisonOperator: 'GreaterThanThreshold',
    }),
  );
  await c.autoscaling.send(new PutScheduledUpdateGroupActionCommand({ AutoScalingGroupName: name, ScheduledActionName: `${name}-legacy-nightly`, StartTime: new Date('2031-01-05T22:00:00Z'), MinSize: 1 }));
}
