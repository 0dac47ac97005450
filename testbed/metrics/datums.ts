// Turns one period's aggregates into CloudWatch data, grouped by namespace.
import type { Dimension, MetricDatum } from '@aws-sdk/client-cloudwatch';
import type { PeriodTraffic } from '../capacity/period-stats.ts';
import { utilisationPercent } from '../capacity/utilisation.ts';
import type { NamespacedData } from './batches.ts';
import { ALB_NAMESPACE, EC2_NAMESPACE, publishedMetrics, type PublishedMetric } from './catalogue.ts';
import type { ResourceIds } from './resource-ids.ts';
import { packValuesCounts } from './values-counts.ts';

export interface PeriodSnapshot extends PeriodTraffic {
  /** Epoch ms; becomes the data's Timestamp. */
  readonly startMs: number;
  readonly endMs: number;
  readonly busySlotMs: number;
  readonly workers: number;
  readonly healthyHosts: number;
}

/** StorageResolution 1 (high resolution) below a minute, else standard. */
export function storageResolution(periodSeconds: number): number {
  return periodSeconds < 60 ? 1 : 60;
}

export function periodData(snapshot: PeriodSnapshot, ids: ResourceIds, periodSeconds: number): NamespacedData[] {
  const m = publishedMetrics(ids);
  const base = (metric: PublishedMetric): MetricDatum => ({
    MetricName: metric.metricName,
    Dimensions: dimensions(metric.dimensions),
    Unit: metric.unit,
    Timestamp: new Date(snapshot.startMs),
    StorageResolution: storageResolution(periodSeconds),
  });
  const cpu = utilisationPercent(snapshot.busySlotMs, snapshot.workers, snapshot.endMs - snapshot.startMs);
  const alb: MetricDatum[] = [
    { ...base(m.requestCount), Value: snapshot.requestCount },
    { ...base(m.target5xx), Value: snapshot.target5xx },
    { ...base(m.elb5xx), Value: snapshot.elb5xx },
    { ...base(m.healthyHosts), Value: snapshot.healthyHosts },
    // No response, no response time: a 0 would drag the Average down (ALB publishes none either).
    ...packValuesCounts(snapshot.responseTimesMs).map(({ values, counts }) => ({
      ...base(m.targetResponseTime),
      Values: values.map((ms) => ms / 1000),
      Counts: counts,
    })),
  ];
  const ec2: MetricDatum[] = [
    { ...base(m.asgCpu), Value: cpu },
    { ...base(m.instanceCpu), Value: cpu },
  ];
  return [
    { namespace: ALB_NAMESPACE, data: alb },
    { namespace: EC2_NAMESPACE, data: ec2 },
  ];
}

function dimensions(dims: Readonly<Record<string, string>>): Dimension[] {
  return Object.entries(dims).map(([Name, Value]) => ({ Name, Value }));
}
