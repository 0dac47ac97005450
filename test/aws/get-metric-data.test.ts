import { describe, expect, it } from 'vitest';
import { alignWindow, metricQuery, pageOf, toSeries } from '../../aws/get-metric-data.ts';
import type { MetricSpec } from '../../aws/types.ts';

const spec: MetricSpec = { id: 'asg_cpu', label: 'CPU', namespace: 'AWS/EC2', metricName: 'CPUUtilization', dimensions: { AutoScalingGroupName: 'asg' }, stat: 'Average', unit: 'Percent' };
const t0 = Date.UTC(2026, 10, 26, 10, 0, 0);

describe('GetMetricData helpers', () => {
  it('widens the window to whole periods', () => {
    expect(alignWindow({ startMs: t0 + 61_000, endMs: t0 + 119_000 }, 60)).toEqual({ startMs: t0 + 60_000, endMs: t0 + 120_000 });
    expect(alignWindow({ startMs: t0, endMs: t0 + 120_000 }, 60)).toEqual({ startMs: t0, endMs: t0 + 180_000 });
  });
  it('builds a MetricStat query with dimensions as Name/Value pairs', () => {
    expect(metricQuery(spec, 60).MetricStat).toEqual({
      Metric: { Namespace: 'AWS/EC2', MetricName: 'CPUUtilization', Dimensions: [{ Name: 'AutoScalingGroupName', Value: 'asg' }] },
      Period: 60,
      Stat: 'Average',
    });
  });
  it('joins pages, sorts newest-first answers by time, lists missing periods and keeps CloudWatch’s own status', () => {
    const pages = [
      [pageOf({ Id: 'asg_cpu', Timestamps: [new Date(t0 + 120_000), new Date(t0 + 60_000)], Values: [30, 20], StatusCode: 'PartialData' })],
      [pageOf({ Id: 'asg_cpu', Timestamps: [new Date(t0)], Values: [10], StatusCode: 'Complete' }), pageOf({ Id: 'other', Timestamps: [new Date(t0)], Values: [99] })],
    ];
    const [series] = toSeries([spec], pages, { startMs: t0, endMs: t0 + 300_000 }, 60);
    expect(series?.points).toEqual([{ t: t0, v: 10 }, { t: t0 + 60_000, v: 20 }, { t: t0 + 120_000, v: 30 }]);
    expect(series).toMatchObject({ missingPeriods: 2, missingTimes: [t0 + 180_000, t0 + 240_000], status: 'Complete', role: 'web_cpu' });
    const [forbidden] = toSeries([spec], [[pageOf({ Id: 'asg_cpu', StatusCode: 'Forbidden', Messages: [{ Code: 'Forbidden', Value: 'no access to AWS/EC2' }] })]], { startMs: t0, endMs: t0 + 60_000 }, 60);
    expect(forbidden).toMatchObject({ status: 'Forbidden', messages: ['Forbidden: no access to AWS/EC2'], missingPeriods: 1 });
  });
});
