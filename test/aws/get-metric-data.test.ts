import { describe, expect, it } from 'vitest';
import { alignWindow, metricQuery, toSeries } from '../../aws/get-metric-data.ts';
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
  it('joins pages, sorts newest-first answers by time, and counts missing periods', () => {
    const pages = [
      [{ Id: 'asg_cpu', Timestamps: [new Date(t0 + 120_000), new Date(t0 + 60_000)], Values: [30, 20] }],
      [{ Id: 'asg_cpu', Timestamps: [new Date(t0)], Values: [10] }, { Id: 'other', Timestamps: [new Date(t0)], Values: [99] }],
    ];
    const [series] = toSeries([spec], pages, { startMs: t0, endMs: t0 + 300_000 }, 60);
    expect(series?.points).toEqual([{ t: t0, v: 10 }, { t: t0 + 60_000, v: 20 }, { t: t0 + 120_000, v: 30 }]);
    expect(series?.missingPeriods).toBe(2);
  });
});
