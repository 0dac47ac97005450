import { describe, expect, it } from 'vitest';
import { Bucket } from '../../analysis/aggregate.ts';
import { buildGrid } from '../../analysis/grid.ts';
import type { CloudWatchSeries } from '../../analysis/types.ts';

function bucket(requests: number, failed: number, latencies: number[]): Bucket {
  const b = new Bucket();
  b.requests = requests;
  b.failed = failed;
  for (const l of latencies) b.latency.add(l);
  return b;
}

const t0 = Date.UTC(2026, 10, 26, 10, 0, 0);
const series: CloudWatchSeries = {
  id: 'alb_request_count', label: 'RequestCount', namespace: 'AWS/ApplicationELB', metricName: 'RequestCount',
  dimensions: {}, stat: 'Sum', unit: 'Count', periodSeconds: 10, missingPeriods: 1,
  points: [{ t: t0, v: 4 }],
};

describe('buildGrid', () => {
  it('merges per-second buckets into periods and lines CloudWatch up by period start', () => {
    const seconds = new Map([
      [t0 / 1000 + 1, bucket(2, 0, [10, 20])],
      [t0 / 1000 + 9, bucket(2, 1, [30, 1000])],
      [t0 / 1000 + 12, bucket(1, 0, [50])],
    ]);
    const grid = buildGrid(seconds, [series], 10, { startMs: t0 + 500, endMs: t0 + 15_000 });
    expect(grid.map((p) => p.t)).toEqual([t0, t0 + 10_000]);
    expect(grid[0]).toMatchObject({ requests: 4, failed: 1, rps: 0.4, errorRate: 0.25, cloudwatch: { alb_request_count: 4 } });
    // p95 of the merged histogram (10, 20, 30, 1000), not an average of per-second p95s.
    expect(grid[0]?.p95Ms).toBeGreaterThan(800);
    expect(grid[1]).toMatchObject({ requests: 1, cloudwatch: { alb_request_count: null } });
  });
  it('keeps empty periods as zero-load points', () => {
    const grid = buildGrid(new Map(), [], 10, { startMs: t0, endMs: t0 + 29_000 });
    expect(grid).toHaveLength(3);
    expect(grid.every((p) => p.requests === 0 && p.p95Ms === null)).toBe(true);
  });
});
