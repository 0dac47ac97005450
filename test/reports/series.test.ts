import { describe, expect, it } from 'vitest';
import { cloudWatchPoints, p95Points, seriesPages, seriesPath, throughputPoints, withGaps } from '../../reports/series.ts';
import { timeWindow } from '../../reports/time-axis.ts';
import { makeAnalysis, must, START_MS } from './fixture.ts';

const a = makeAnalysis();
const window = timeWindow(a);
const at = (s: number) => START_MS + s * 1000;

describe('withGaps', () => {
  it('plots periods at their midpoint, sorted', () => {
    const pts = withGaps([{ t: at(10), v: 2 }, { t: at(0), v: 1 }], 10, window);
    expect(pts).toEqual([{ x: 5, y: 1 }, { x: 15, y: 2 }]);
  });
  it('inserts a NaN point where a period is missing and turns null into NaN', () => {
    const pts = withGaps([{ t: at(0), v: 1 }, { t: at(30), v: 3 }, { t: at(40), v: null }], 10, window);
    expect(pts.map((p) => p.x)).toEqual([5, 15, 35, 45]);
    expect(Number.isNaN(pts[1]?.y)).toBe(true);
    expect(pts[2]?.y).toBe(3);
    expect(Number.isNaN(pts[3]?.y)).toBe(true);
  });
});

describe('the fixture as chart data', () => {
  it('has one throughput and p95 point per grid period', () => {
    expect(throughputPoints(a.grid.points, 10, window)).toHaveLength(18);
    const p95 = p95Points(a.grid.points, 10, window);
    expect(Number.isNaN(p95.at(-1)?.y)).toBe(true); // the last period had no requests
  });
  it('shows the missing ALB period as a gap', () => {
    const pts = cloudWatchPoints(must(a.cloudwatch?.series[0]), window);
    expect(pts.filter((p) => Number.isNaN(p.y))).toHaveLength(1);
  });
});

describe('seriesPages and seriesPath', () => {
  it('puts 3 series under the k6 chart and 4 on each later page', () => {
    const series = Array.from({ length: 9 }, (_, i) => ({ ...must(a.cloudwatch?.series[0]), id: `s${i}` }));
    expect(seriesPages(series).map((p) => p.length)).toEqual([3, 4, 2]);
    expect(seriesPages([])).toEqual([]);
  });
  it('names the metric the way the CloudWatch console does', () => {
    const alb = must(a.cloudwatch?.series[0]);
    const cpu = must(a.cloudwatch?.series[1]);
    expect(seriesPath(alb)).toBe('AWS/ApplicationELB/RequestCount/Sum (Count)');
    expect(seriesPath(cpu)).toBe('AWS/EC2/CPUUtilization/Average (Percent)');
    expect(seriesPath({ ...cpu, unit: 'None' })).toBe('AWS/EC2/CPUUtilization/Average');
  });
});
