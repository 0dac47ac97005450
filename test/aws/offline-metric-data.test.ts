import { describe, expect, it } from 'vitest';
import { inferPeriodSeconds, offlineSpecs, parseMetricDataOutput } from '../../aws/offline-metric-data.ts';

// Shaped like `aws cloudwatch get-metric-data` output (AWS CLI v2).
const output = {
  MetricDataResults: [
    { Id: 'alb_request_count', Label: 'RequestCount', Timestamps: ['2026-11-26T10:02:00+00:00', '2026-11-26T10:01:00+00:00', '2026-11-26T10:00:00+00:00'], Values: [120, 90, 60], StatusCode: 'Complete' },
    { Id: 'rds_cpu', Label: 'CPUUtilization', Timestamps: ['2026-11-26T10:00:00+00:00'], Values: [12.5], StatusCode: 'Complete' },
  ],
  Messages: [],
};

describe('offline CloudWatch data', () => {
  it('reads what the AWS CLI prints, one document or a list of pages', () => {
    const pages = parseMetricDataOutput('m.json', output);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.[0]).toMatchObject({ id: 'alb_request_count', timestamps: [Date.UTC(2026, 10, 26, 10, 2), Date.UTC(2026, 10, 26, 10, 1), Date.UTC(2026, 10, 26, 10, 0)], values: [120, 90, 60], status: 'Complete' });
    expect(parseMetricDataOutput('m.json', [output, output])).toHaveLength(2);
    expect(inferPeriodSeconds(pages)).toBe(60);
  });
  it('finds roles from this tool’s ids, or takes the specs of an environment description', () => {
    const specs = offlineSpecs(parseMetricDataOutput('m.json', output), []);
    expect(specs.map((s) => [s.id, s.role, s.stat])).toEqual([
      ['alb_request_count', 'requests', 'Sum'],
      ['rds_cpu', 'db_cpu', 'Average'],
    ]);
    const known = { id: 'rds_cpu', label: 'DB', namespace: 'AWS/RDS', metricName: 'CPUUtilization', dimensions: { DBInstanceIdentifier: 'db' }, stat: 'Average', unit: 'Percent' };
    expect(offlineSpecs(parseMetricDataOutput('m.json', output), [known])[1]).toBe(known);
  });
  it('says what is wrong with the file', () => {
    expect(() => parseMetricDataOutput('m.json', { Metrics: [] })).toThrow(/m\.json: MetricDataResults; expected a list, got nothing/);
    expect(() => parseMetricDataOutput('m.json', { MetricDataResults: [{ Id: 'a', Timestamps: ['x'], Values: [1] }] })).toThrow(/Timestamps\[0\]; expected an ISO 8601 time, got "x"/);
    expect(() => parseMetricDataOutput('m.json', { MetricDataResults: [{ Id: 'a', Timestamps: [], Values: [1] }] })).toThrow(/as many values as Timestamps \(0\)/);
  });
});
