import type { MetricDatum } from '@aws-sdk/client-cloudwatch';
import { describe, expect, it } from 'vitest';
import { testbedEnvironment } from '../../../testbed/environment.ts';
import { periodData, storageResolution, type PeriodSnapshot } from '../../../testbed/metrics/datums.ts';
import { newResourceIds } from '../../../testbed/metrics/resource-ids.ts';

const ids = newResourceIds();
const snapshot = (over: Partial<PeriodSnapshot> = {}): PeriodSnapshot => ({
  startMs: Date.UTC(2026, 10, 26, 12, 0, 0),
  endMs: Date.UTC(2026, 10, 26, 12, 0, 10),
  requestCount: 7,
  target5xx: 1,
  elb5xx: 2,
  responseTimesMs: new Map([[36, 3], [120, 2]]),
  busySlotMs: 20_000,
  workers: 8,
  healthyHosts: 1,
  ...over,
});

function find(data: readonly MetricDatum[], name: string, dimension: string): MetricDatum[] {
  return data.filter((d) => d.MetricName === name && d.Dimensions?.some((dim) => dim.Name === dimension));
}

describe('periodData', () => {
  it('publishes the period at its start, high resolution, with the ALB counts, response times and CPU', () => {
    const [alb, ec2] = periodData(snapshot(), ids, 10);
    expect(alb?.namespace).toBe('AWS/ApplicationELB');
    expect(ec2?.namespace).toBe('AWS/EC2');
    const all = [...(alb?.data ?? []), ...(ec2?.data ?? [])];
    for (const d of all) {
      expect(d.Timestamp).toEqual(new Date(snapshot().startMs));
      expect(d.StorageResolution).toBe(1);
    }
    const albData = alb?.data ?? [];
    expect(find(albData, 'RequestCount', 'LoadBalancer')[0]).toMatchObject({ Value: 7, Unit: 'Count', Dimensions: [{ Name: 'LoadBalancer', Value: ids.loadBalancer }] });
    expect(find(albData, 'HTTPCode_Target_5XX_Count', 'LoadBalancer')[0]?.Value).toBe(1);
    expect(find(albData, 'HTTPCode_ELB_5XX_Count', 'LoadBalancer')[0]?.Value).toBe(2);
    expect(find(albData, 'HealthyHostCount', 'TargetGroup')[0]?.Value).toBe(1);
    expect(find(albData, 'TargetResponseTime', 'LoadBalancer')).toEqual([
      expect.objectContaining({ Values: [0.036, 0.12], Counts: [3, 2], Unit: 'Seconds' }),
    ]);
    // 20 000 busy slot-ms over 8 workers × 10 000 ms = 25 %.
    expect(find(ec2?.data ?? [], 'CPUUtilization', 'AutoScalingGroupName')[0]).toMatchObject({ Value: 25, Unit: 'Percent' });
    expect(find(ec2?.data ?? [], 'CPUUtilization', 'InstanceId')[0]).toMatchObject({ Value: 25, Dimensions: [{ Name: 'InstanceId', Value: ids.instanceId }] });
  });

  it('publishes zeros, not nothing, for an idle period, but no response time', () => {
    const [alb, ec2] = periodData(snapshot({ requestCount: 0, target5xx: 0, elb5xx: 0, responseTimesMs: new Map(), busySlotMs: 0 }), ids, 10);
    expect(find(alb?.data ?? [], 'RequestCount', 'LoadBalancer')[0]?.Value).toBe(0);
    expect(find(alb?.data ?? [], 'HTTPCode_ELB_5XX_Count', 'LoadBalancer')[0]?.Value).toBe(0);
    expect(find(alb?.data ?? [], 'TargetResponseTime', 'LoadBalancer')).toEqual([]);
    expect(find(ec2?.data ?? [], 'CPUUtilization', 'AutoScalingGroupName')[0]?.Value).toBe(0);
  });

  it('rates a partial period by its own length', () => {
    const [, ec2] = periodData(snapshot({ endMs: snapshot().startMs + 2500, busySlotMs: 10_000 }), ids, 10);
    expect(find(ec2?.data ?? [], 'CPUUtilization', 'AutoScalingGroupName')[0]?.Value).toBe(50);
  });

  it('uses standard resolution from a minute up', () => {
    expect(storageResolution(1)).toBe(1);
    expect(storageResolution(59)).toBe(1);
    expect(storageResolution(60)).toBe(60);
    const [alb] = periodData(snapshot(), ids, 60);
    expect(alb?.data.every((d) => d.StorageResolution === 60)).toBe(true);
  });
});

describe('testbedEnvironment', () => {
  it('describes only metrics the testbed publishes, with stats moto can compute', () => {
    const env = testbedEnvironment(ids, { region: 'eu-west-2', endpoint: 'http://127.0.0.1:1' }, 10);
    expect(env).toMatchObject({ name: 'moodle-testbed', region: 'eu-west-2', endpoint: 'http://127.0.0.1:1', periodSeconds: 10 });
    const published = periodData(snapshot(), ids, 10).flatMap((g) => g.data.map((d) => ({ namespace: g.namespace, d })));
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
    expect(env.metrics.map((m) => m.id)).toEqual(['alb_request_count', 'alb_target_response_time', 'alb_target_5xx', 'alb_elb_5xx', 'asg_cpu', 'alb_healthy_hosts']);
  });

  it('has no endpoint for real AWS', () => {
    expect(testbedEnvironment(ids, { region: 'us-east-1' }, 60)).not.toHaveProperty('endpoint');
  });
});

describe('newResourceIds', () => {
  it('looks like AWS ids and differs per start', () => {
    const a = newResourceIds();
    expect(a.loadBalancer).toMatch(/^app\/moodle-testbed\/[0-9a-f]{16}$/);
    expect(a.targetGroup).toMatch(/^targetgroup\/moodle-testbed\/[0-9a-f]{16}$/);
    expect(a.instanceId).toMatch(/^i-[0-9a-f]{17}$/);
    expect(a.autoScalingGroup).toBe('moodle-testbed-asg');
    expect(newResourceIds().loadBalancer).not.toBe(a.loadBalancer);
  });
});
