// The metrics the testbed publishes, named once so the data it sends and the EnvironmentDescription
// it writes cannot drift apart (a test checks every spec against the published data). Namespaces,
// names, dimensions and units are AWS's own.
import type { StandardUnit } from '@aws-sdk/client-cloudwatch';
import type { ResourceIds } from './resource-ids.ts';

export const ALB_NAMESPACE = 'AWS/ApplicationELB';
export const EC2_NAMESPACE = 'AWS/EC2';
export const AUTOSCALING_NAMESPACE = 'AWS/AutoScaling';
export const RDS_NAMESPACE = 'AWS/RDS';
export const ELASTICACHE_NAMESPACE = 'AWS/ElastiCache';
export const EFS_NAMESPACE = 'AWS/EFS';

export interface PublishedMetric {
  readonly namespace: string;
  readonly metricName: string;
  readonly unit: StandardUnit;
  readonly dimensions: Readonly<Record<string, string>>;
}

const metric = (namespace: string, metricName: string, unit: StandardUnit, dimensions: Readonly<Record<string, string>>): PublishedMetric => ({ namespace, metricName, unit, dimensions });

export function publishedMetrics(ids: ResourceIds) {
  const lb = { LoadBalancer: ids.loadBalancer };
  // Real ALBs publish per-target-group metrics with both dimensions.
  const tg = { TargetGroup: ids.targetGroup, LoadBalancer: ids.loadBalancer };
  const asg = { AutoScalingGroupName: ids.autoScalingGroup };
  const db = { DBInstanceIdentifier: ids.dbInstance };
  const cache = { CacheClusterId: ids.cacheCluster, CacheNodeId: '0001' };
  const fs = { FileSystemId: ids.fileSystem };
  return {
    requestCount: metric(ALB_NAMESPACE, 'RequestCount', 'Count', lb),
    requestCountPerTarget: metric(ALB_NAMESPACE, 'RequestCountPerTarget', 'Count', { TargetGroup: ids.targetGroup }),
    targetResponseTime: metric(ALB_NAMESPACE, 'TargetResponseTime', 'Seconds', lb),
    target5xx: metric(ALB_NAMESPACE, 'HTTPCode_Target_5XX_Count', 'Count', lb),
    elb5xx: metric(ALB_NAMESPACE, 'HTTPCode_ELB_5XX_Count', 'Count', lb),
    elb502: metric(ALB_NAMESPACE, 'HTTPCode_ELB_502_Count', 'Count', lb),
    elb503: metric(ALB_NAMESPACE, 'HTTPCode_ELB_503_Count', 'Count', lb),
    healthyHosts: metric(ALB_NAMESPACE, 'HealthyHostCount', 'Count', tg),
    unhealthyHosts: metric(ALB_NAMESPACE, 'UnHealthyHostCount', 'Count', tg),
    asgCpu: metric(EC2_NAMESPACE, 'CPUUtilization', 'Percent', asg),
    groupInService: metric(AUTOSCALING_NAMESPACE, 'GroupInServiceInstances', 'None', asg),
    groupDesired: metric(AUTOSCALING_NAMESPACE, 'GroupDesiredCapacity', 'None', asg),
    groupPending: metric(AUTOSCALING_NAMESPACE, 'GroupPendingInstances', 'None', asg),
    groupMin: metric(AUTOSCALING_NAMESPACE, 'GroupMinSize', 'None', asg),
    groupMax: metric(AUTOSCALING_NAMESPACE, 'GroupMaxSize', 'None', asg),
    rdsCpu: metric(RDS_NAMESPACE, 'CPUUtilization', 'Percent', db),
    rdsConnections: metric(RDS_NAMESPACE, 'DatabaseConnections', 'Count', db),
    cacheCpu: metric(ELASTICACHE_NAMESPACE, 'CPUUtilization', 'Percent', cache),
    cacheConnections: metric(ELASTICACHE_NAMESPACE, 'CurrConnections', 'Count', cache),
    efsTotalIo: metric(EFS_NAMESPACE, 'TotalIOBytes', 'Bytes', fs),
    efsPercentIoLimit: metric(EFS_NAMESPACE, 'PercentIOLimit', 'Percent', fs),
    efsClientConnections: metric(EFS_NAMESPACE, 'ClientConnections', 'Count', fs),
  } as const satisfies Record<string, PublishedMetric>;
}

export type MetricCatalogue = ReturnType<typeof publishedMetrics>;

export function instanceCpuMetric(instanceId: string): PublishedMetric {
  return metric(EC2_NAMESPACE, 'CPUUtilization', 'Percent', { InstanceId: instanceId });
}
