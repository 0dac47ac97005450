// The metrics the testbed publishes, named once so the data it sends and the EnvironmentDescription
// it writes cannot drift apart (a test checks every spec against the published data).
import type { StandardUnit } from '@aws-sdk/client-cloudwatch';
import type { ResourceIds } from './resource-ids.ts';

export const ALB_NAMESPACE = 'AWS/ApplicationELB';
export const EC2_NAMESPACE = 'AWS/EC2';

export interface PublishedMetric {
  readonly namespace: string;
  readonly metricName: string;
  readonly unit: StandardUnit;
  readonly dimensions: Readonly<Record<string, string>>;
}

export function publishedMetrics(ids: ResourceIds) {
  const lb = { LoadBalancer: ids.loadBalancer };
  return {
    requestCount: { namespace: ALB_NAMESPACE, metricName: 'RequestCount', unit: 'Count', dimensions: lb },
    targetResponseTime: { namespace: ALB_NAMESPACE, metricName: 'TargetResponseTime', unit: 'Seconds', dimensions: lb },
    target5xx: { namespace: ALB_NAMESPACE, metricName: 'HTTPCode_Target_5XX_Count', unit: 'Count', dimensions: lb },
    elb5xx: { namespace: ALB_NAMESPACE, metricName: 'HTTPCode_ELB_5XX_Count', unit: 'Count', dimensions: lb },
    // Real ALBs publish HealthyHostCount per target group only, so it carries both dimensions.
    healthyHosts: {
      namespace: ALB_NAMESPACE,
      metricName: 'HealthyHostCount',
      unit: 'Count',
      dimensions: { TargetGroup: ids.targetGroup, LoadBalancer: ids.loadBalancer },
    },
    asgCpu: { namespace: EC2_NAMESPACE, metricName: 'CPUUtilization', unit: 'Percent', dimensions: { AutoScalingGroupName: ids.autoScalingGroup } },
    instanceCpu: { namespace: EC2_NAMESPACE, metricName: 'CPUUtilization', unit: 'Percent', dimensions: { InstanceId: ids.instanceId } },
  } as const satisfies Record<string, PublishedMetric>;
}
