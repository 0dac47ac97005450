// Turns one period's report into CloudWatch data, grouped by namespace. Counts publish zeros when
// idle (as AWS does for RequestCount); response times only when there were responses.
import type { Dimension, MetricDatum } from '@aws-sdk/client-cloudwatch';
import type { NamespacedData } from './batches.ts';
import { ALB_NAMESPACE, AUTOSCALING_NAMESPACE, EC2_NAMESPACE, EFS_NAMESPACE, ELASTICACHE_NAMESPACE, instanceCpuMetric, publishedMetrics, RDS_NAMESPACE, type PublishedMetric } from './catalogue.ts';
import type { PeriodReport } from './period-report.ts';
import type { ResourceIds } from './resource-ids.ts';
import { packValuesCounts } from './values-counts.ts';

/** StorageResolution 1 (high resolution) below a minute, else standard. */
export function storageResolution(periodSeconds: number): number {
  return periodSeconds < 60 ? 1 : 60;
}

export function periodData(report: PeriodReport, ids: ResourceIds, periodSeconds: number): NamespacedData[] {
  const m = publishedMetrics(ids);
  const base = (metric: PublishedMetric): MetricDatum => ({
    MetricName: metric.metricName,
    Dimensions: dimensions(metric.dimensions),
    Unit: metric.unit,
    Timestamp: new Date(report.startMs),
    StorageResolution: storageResolution(periodSeconds),
  });
  const value = (metric: PublishedMetric, v: number): MetricDatum => ({ ...base(metric), Value: v });
  const distribution = (metric: PublishedMetric, histogram: ReadonlyMap<number, number>, divisor = 1): MetricDatum[] =>
    packValuesCounts(histogram).map(({ values, counts }) => ({ ...base(metric), Values: values.map((v) => v / divisor), Counts: counts }));
  const g = report.group;

  const alb: MetricDatum[] = [
    value(m.requestCount, report.requestCount),
    value(m.target5xx, report.target5xx),
    value(m.elb5xx, report.elb502 + report.elb503),
    value(m.elb502, report.elb502),
    value(m.elb503, report.elb503),
    value(m.healthyHosts, g.healthy),
    value(m.unhealthyHosts, g.unhealthy),
    // Per target = routed ÷ healthy targets; undefined without a healthy target.
    ...(g.healthy > 0 ? [value(m.requestCountPerTarget, report.routed / g.healthy)] : []),
    // No response, no response time: a 0 would drag the Average down (ALB publishes none either).
    ...distribution(m.targetResponseTime, report.responseTimesMs, 1000),
  ];
  // The group's CPU is the distribution of its instances' CPU, so Average, Maximum and Minimum are right.
  const cpus = new Map<number, number>();
  for (const i of report.instances) cpus.set(i.cpuPercent, (cpus.get(i.cpuPercent) ?? 0) + 1);
  const ec2: MetricDatum[] = [...distribution(m.asgCpu, cpus), ...report.instances.map((i) => value(instanceCpuMetric(i.id), i.cpuPercent))];
  const autoscaling: MetricDatum[] = [
    value(m.groupInService, g.inService),
    value(m.groupDesired, g.desired),
    value(m.groupPending, g.pending),
    value(m.groupMin, g.min),
    value(m.groupMax, g.max),
  ];
  const groups: NamespacedData[] = [
    { namespace: ALB_NAMESPACE, data: alb },
    { namespace: EC2_NAMESPACE, data: ec2 },
    { namespace: AUTOSCALING_NAMESPACE, data: autoscaling },
  ];
  if (report.database !== null) groups.push({ namespace: RDS_NAMESPACE, data: [value(m.rdsCpu, report.database.cpuPercent), value(m.rdsConnections, report.database.connections)] });
  if (report.cache !== null) groups.push({ namespace: ELASTICACHE_NAMESPACE, data: [value(m.cacheCpu, report.cache.cpuPercent), value(m.cacheConnections, report.cache.connections)] });
  const fs = report.fileSystem;
  if (fs !== null) {
    groups.push({ namespace: EFS_NAMESPACE, data: [value(m.efsTotalIo, fs.totalBytes), value(m.efsPercentIoLimit, fs.percentIoLimit), value(m.efsClientConnections, fs.clientConnections)] });
  }
  return groups;
}

function dimensions(dims: Readonly<Record<string, string>>): Dimension[] {
  return Object.entries(dims).map(([Name, Value]) => ({ Name, Value }));
}
