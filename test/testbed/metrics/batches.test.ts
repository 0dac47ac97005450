import type { MetricDatum } from '@aws-sdk/client-cloudwatch';
import { describe, expect, it } from 'vitest';
import { batchPutMetricData, datumBytes } from '../../../testbed/metrics/batches.ts';

const datum = (i: number): MetricDatum => ({ MetricName: 'RequestCount', Value: i, Unit: 'Count', Timestamp: new Date(0), Dimensions: [{ Name: 'LoadBalancer', Value: 'app/x/0' }] });

describe('batchPutMetricData', () => {
  it('puts at most 1000 data in a request and never mixes namespaces', () => {
    const requests = batchPutMetricData([
      { namespace: 'AWS/ApplicationELB', data: Array.from({ length: 2500 }, (_, i) => datum(i)) },
      { namespace: 'AWS/EC2', data: [datum(0)] },
    ]);
    expect(requests.map((r) => [r.Namespace, r.MetricData?.length])).toEqual([
      ['AWS/ApplicationELB', 1000],
      ['AWS/ApplicationELB', 1000],
      ['AWS/ApplicationELB', 500],
      ['AWS/EC2', 1],
    ]);
    // Order is kept, nothing lost.
    expect(requests.slice(0, 3).flatMap((r) => r.MetricData ?? []).map((d) => d.Value)).toEqual(Array.from({ length: 2500 }, (_, i) => i));
  });

  it('splits by payload size before the count limit', () => {
    const data = Array.from({ length: 50 }, (_, i) => ({ ...datum(i), Values: Array.from({ length: 150 }, (_, v) => v / 1000 + 0.123456), Counts: Array.from({ length: 150 }, () => 1000) }));
    const limits = { maxData: 1000, maxBytes: 1024 + 10 * (datumBytes(data[0] as MetricDatum) + 1) };
    const requests = batchPutMetricData([{ namespace: 'N', data }], limits);
    expect(requests.length).toBeGreaterThanOrEqual(5);
    for (const r of requests) expect(JSON.stringify(r).length).toBeLessThanOrEqual(limits.maxBytes);
    expect(requests.flatMap((r) => r.MetricData ?? [])).toHaveLength(50);
  });

  it('keeps real-size periods well inside 1 MB', () => {
    const big = Array.from({ length: 1000 }, (_, i) => ({ ...datum(i), Values: Array.from({ length: 150 }, (_, v) => 12.345 + v), Counts: Array.from({ length: 150 }, () => 99999) }));
    for (const r of batchPutMetricData([{ namespace: 'AWS/ApplicationELB', data: big }])) expect(Buffer.byteLength(JSON.stringify(r))).toBeLessThan(1_000_000);
  });

  it('refuses a single datum larger than a request may be', () => {
    expect(() => batchPutMetricData([{ namespace: 'N', data: [datum(1)] }], { maxData: 10, maxBytes: 100 })).toThrow(RangeError);
  });

  it('sends nothing for no data', () => {
    expect(batchPutMetricData([{ namespace: 'N', data: [] }])).toEqual([]);
  });
});
