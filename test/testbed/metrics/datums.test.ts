import type { MetricDatum } from '@aws-sdk/client-cloudwatch';
import { describe, expect, it } from 'vitest';
import { testbedEnvironment, type EnvironmentShape } from '../../../testbed/environment.ts';
import { periodData, storageResolution } from '../../../testbed/metrics/datums.ts';
import type { PeriodReport } from '../../../testbed/metrics/period-report.ts';
import { newInstanceId, newResourceIds } from '../../../testbed/metrics/resource-ids.ts';

const ids = newResourceIds();
const [i1, i2] = [newInstanceId(), newInstanceId()];
const report = (over: Partial<PeriodReport> = {}): PeriodReport => ({
  startMs: Date.UTC(2026, 10, 26, 12, 0, 0),
  endMs: Date.UTC(2026, 10, 26, 12, 0, 10),
  requestCount: 10,
  routed: 9,
  target5xx: 1,
  elb502: 2,
  elb503: 1,
  responseTimesMs: new Map([
    [36, 3],
    [120, 2],
  ]),
  instances: [
    { id: i1, cpuPercent: 20 },
    { id: i2, cpuPercent: 60 },
  ],
  group: { min: 2, max: 6, desired: 3, inService: 2, pending: 1, healthy: 2, unhealthy: 0 },
  database: { cpuPercent: 35, connections: 4.5 },
  cache: { cpuPercent: 1.5, connections: 3 },
  fileSystem: { totalBytes: 65536, percentIoLimit: 0.4, clientConnections: 2 },
  ...over,
});

type Published = { namespace: string; d: MetricDatum };
const flatten = (r: PeriodReport, period = 10): Published[] => periodData(r, ids, period).flatMap((g) => g.data.map((d) => ({ namespace: g.namespace, d })));
const find = (all: Published[], namespace: string, name: string, dimension?: string): MetricDatum[] =>
  all.filter((p) => p.namespace === namespace && p.d.MetricName === name && (dimension === undefined || p.d.Dimensions?.some((x) => x.Name === dimension))).map((p) => p.d);

describe('periodData', () => {
  it('publishes every metric with AWS names, dimensions and units, at the period start, high resolution', () => {
    const all = flatten(report());
    for (const { d } of all) {
      expect(d.Timestamp).toEqual(new Date(report().startMs));
      expect(d.StorageResolution).toBe(1);
    }
    const alb = 'AWS/ApplicationELB';
    expect(find(all, alb, 'RequestCount')[0]).toMatchObject({ Value: 10, Unit: 'Count', Dimensions: [{ Name: 'LoadBalancer', Value: ids.loadBalancer }] });
    expect(find(all, alb, 'HTTPCode_Target_5XX_Count')[0]?.Value).toBe(1);
    expect(find(all, alb, 'HTTPCode_ELB_5XX_Count')[0]?.Value).toBe(3);
    expect(find(all, alb, 'HTTPCode_ELB_502_Count')[0]?.Value).toBe(2);
    expect(find(all, alb, 'HTTPCode_ELB_503_Count')[0]?.Value).toBe(1);
    expect(find(all, alb, 'RequestCountPerTarget')[0]).toMatchObject({ Value: 4.5, Dimensions: [{ Name: 'TargetGroup', Value: ids.targetGroup }] });
    expect(find(all, alb, 'HealthyHostCount')[0]).toMatchObject({ Value: 2, Dimensions: [{ Name: 'TargetGroup' }, { Name: 'LoadBalancer' }] });
    expect(find(all, alb, 'UnHealthyHostCount')[0]?.Value).toBe(0);
    expect(find(all, alb, 'TargetResponseTime')).toEqual([expect.objectContaining({ Values: [0.036, 0.12], Counts: [3, 2], Unit: 'Seconds' })]);
    // The group's CPU is the distribution of its instances' (Average 40, Maximum 60); each instance its own.
    expect(find(all, 'AWS/EC2', 'CPUUtilization', 'AutoScalingGroupName')).toEqual([expect.objectContaining({ Values: [20, 60], Counts: [1, 1], Unit: 'Percent' })]);
    expect(find(all, 'AWS/EC2', 'CPUUtilization', 'InstanceId').map((d) => [d.Dimensions?.[0]?.Value, d.Value])).toEqual([
      [i1, 20],
      [i2, 60],
    ]);
    const asg = 'AWS/AutoScaling';
    expect(find(all, asg, 'GroupInServiceInstances')[0]).toMatchObject({ Value: 2, Unit: 'None', Dimensions: [{ Name: 'AutoScalingGroupName', Value: ids.autoScalingGroup }] });
    expect(find(all, asg, 'GroupDesiredCapacity')[0]?.Value).toBe(3);
    expect(find(all, asg, 'GroupPendingInstances')[0]?.Value).toBe(1);
    expect(find(all, 'AWS/RDS', 'CPUUtilization')[0]).toMatchObject({ Value: 35, Unit: 'Percent', Dimensions: [{ Name: 'DBInstanceIdentifier', Value: ids.dbInstance }] });
    expect(find(all, 'AWS/RDS', 'DatabaseConnections')[0]).toMatchObject({ Value: 4.5, Unit: 'Count' });
    expect(find(all, 'AWS/ElastiCache', 'CPUUtilization')[0]).toMatchObject({ Value: 1.5, Dimensions: [{ Name: 'CacheClusterId', Value: ids.cacheCluster }, { Name: 'CacheNodeId', Value: '0001' }] });
    expect(find(all, 'AWS/ElastiCache', 'CurrConnections')[0]?.Value).toBe(3);
    expect(find(all, 'AWS/EFS', 'TotalIOBytes')[0]).toMatchObject({ Value: 65536, Unit: 'Bytes', Dimensions: [{ Name: 'FileSystemId', Value: ids.fileSystem }] });
    expect(find(all, 'AWS/EFS', 'PercentIOLimit')[0]?.Value).toBe(0.4);
    expect(find(all, 'AWS/EFS', 'ClientConnections')[0]?.Value).toBe(2);
  });

  it('publishes zeros for an idle period, but no response time, and no per-target count without a healthy target', () => {
    const all = flatten(report({ requestCount: 0, routed: 0, target5xx: 0, elb502: 0, elb503: 0, responseTimesMs: new Map(), group: { ...report().group, healthy: 0, unhealthy: 2 } }));
    expect(find(all, 'AWS/ApplicationELB', 'RequestCount')[0]?.Value).toBe(0);
    expect(find(all, 'AWS/ApplicationELB', 'HTTPCode_ELB_5XX_Count')[0]?.Value).toBe(0);
    expect(find(all, 'AWS/ApplicationELB', 'TargetResponseTime')).toEqual([]);
    expect(find(all, 'AWS/ApplicationELB', 'RequestCountPerTarget')).toEqual([]);
  });

  it('leaves out the namespaces of resources the profile does not have', () => {
    const namespaces = periodData(report({ database: null, cache: null, fileSystem: null }), ids, 10).map((g) => g.namespace);
    expect(namespaces).toEqual(['AWS/ApplicationELB', 'AWS/EC2', 'AWS/AutoScaling']);
  });

  it('uses standard resolution from a minute up', () => {
    expect(storageResolution(1)).toBe(1);
    expect(storageResolution(59)).toBe(1);
    expect(storageResolution(60)).toBe(60);
    expect(flatten(report(), 60).every(({ d }) => d.StorageResolution === 60)).toBe(true);
  });
});

describe('testbedEnvironment', () => {
  const shape: EnvironmentShape = {
    name: 'moodle-testbed-x',
    database: true,
    cache: true,
    fileSystem: true,
    sessions: 'cache',
    instances: [
      { id: i1, index: 1 },
      { id: i2, index: 2 },
    ],
  };

  it('describes only metrics the testbed publishes, with stats moto can compute and stable ids', () => {
    const env = testbedEnvironment(ids, shape, { region: 'eu-west-2', endpoint: 'http://127.0.0.1:1' }, 10);
    expect(env).toMatchObject({ name: 'moodle-testbed-x', region: 'eu-west-2', endpoint: 'http://127.0.0.1:1', periodSeconds: 10, sessions: 'cache' });
    const published = flatten(report());
    for (const spec of env.metrics) {
      expect(['Sum', 'Average', 'Maximum', 'Minimum', 'SampleCount']).toContain(spec.stat);
      expect(spec.id).toMatch(/^[a-z][a-z0-9_]*$/);
      const match = published.find(
        ({ namespace, d }) =>
          namespace === spec.namespace &&
          d.MetricName === spec.metricName &&
          d.Unit === spec.unit &&
          JSON.stringify(Object.fromEntries((d.Dimensions ?? []).map((x) => [x.Name, x.Value]))) === JSON.stringify(spec.dimensions),
      );
      expect(match, spec.id).toBeDefined();
    }
    expect(new Set(env.metrics.map((m) => m.id)).size).toBe(env.metrics.length);
    expect(env.metrics.map((m) => m.id)).toEqual([
      'alb_request_count',
      'alb_request_count_per_target',
      'alb_target_response_time',
      'alb_target_5xx',
      'alb_elb_5xx',
      'alb_elb_502',
      'alb_elb_503',
      'alb_healthy_hosts',
      'alb_unhealthy_hosts',
      'asg_cpu',
      'asg_cpu_max',
      'asg_in_service',
      'asg_desired',
      'asg_pending',
      'rds_cpu',
      'rds_connections',
      'cache_cpu',
      'cache_connections',
      'efs_total_io',
      'efs_percent_io_limit',
      'efs_client_connections',
      'ec2_cpu_1',
      'ec2_cpu_2',
    ]);
  });

  it('lists only the resources there are; no endpoint for real AWS', () => {
    const env = testbedEnvironment(ids, { ...shape, database: false, cache: false, fileSystem: false, sessions: null, instances: [] }, { region: 'us-east-1' }, 60);
    expect(env).not.toHaveProperty('endpoint');
    expect(env).not.toHaveProperty('sessions');
    expect(env.metrics.some((m) => /^(rds|cache|efs|ec2)_/.test(m.id))).toBe(false);
  });
});

describe('resource ids', () => {
  it('look like AWS ids and differ per start', () => {
    const a = newResourceIds();
    expect(a.loadBalancer).toMatch(/^app\/moodle-testbed\/[0-9a-f]{16}$/);
    expect(a.targetGroup).toMatch(/^targetgroup\/moodle-testbed\/[0-9a-f]{16}$/);
    expect(a.fileSystem).toMatch(/^fs-[0-9a-f]{17}$/);
    expect(newInstanceId()).toMatch(/^i-[0-9a-f]{17}$/);
    expect(a.autoScalingGroup).toMatch(/^moodle-testbed-asg-[0-9a-f]{6}$/);
    expect(newResourceIds().loadBalancer).not.toBe(a.loadBalancer);
  });
});
