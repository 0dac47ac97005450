// Every namespace the hosting model publishes, through the real moto server: what the testbed put
// (recorded request by request, in deliberately small batches) is what GetMetricData returns for
// each metric, dimension set and period: same sums, same number of samples, nothing lost. The
// scaling policy's alarms are readable with DescribeAlarms.
import { DescribeAlarmsCommand, GetMetricDataCommand, type MetricDataQuery, type MetricDatum, type PutMetricDataCommandInput } from '@aws-sdk/client-cloudwatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudWatchClient } from '../../../aws/cloudwatch-client.ts';
import { startMoto, type MotoServer } from '../../../aws/moto.ts';
import { lognormalServiceTime } from '../../../testbed/index.ts';
import { prng } from '../../prng.ts';
import { MoodleClient } from '../moodle-client.ts';
import { startTestTestbed } from '../start.ts';

let moto: MotoServer;
beforeAll(async () => {
  moto = await startMoto();
});
afterAll(() => moto?.stop());

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Series {
  namespace: string;
  name: string;
  dimensions: { Name: string; Value: string }[];
  /** 1-s bucket (ms) → [sum, samples] as put. */
  put: Map<number, [number, number]>;
}

function record(series: Map<string, Series>, input: PutMetricDataCommandInput): void {
  for (const d of input.MetricData ?? []) {
    const dimensions = (d.Dimensions ?? []).map((x) => ({ Name: x.Name ?? '', Value: x.Value ?? '' }));
    const key = JSON.stringify([input.Namespace, d.MetricName, dimensions]);
    const s = series.get(key) ?? { namespace: input.Namespace ?? '', name: d.MetricName ?? '', dimensions, put: new Map() };
    series.set(key, s);
    // CloudWatch buckets by period start; the first period starts when the testbed did.
    const t = Math.floor((d.Timestamp as Date).getTime() / 1000) * 1000;
    const [sum, n] = s.put.get(t) ?? [0, 0];
    s.put.set(t, [sum + datumSum(d), n + datumSamples(d)]);
  }
}

const datumSum = (d: MetricDatum): number => d.Value ?? (d.Values ?? []).reduce((s, v, i) => s + v * (d.Counts?.[i] ?? 1), 0);
const datumSamples = (d: MetricDatum): number => (d.Value !== undefined ? 1 : (d.Counts ?? []).reduce((s, c) => s + c, 0));

describe('the hosting model in moto', () => {
  it('GetMetricData returns exactly what was put, per namespace, metric and dimensions, across batches', async () => {
    const series = new Map<string, Series>();
    let requests = 0;
    const tb = await startTestTestbed({
      profile: 'etf-like',
      overrides: { minInstances: 3, desiredInstances: 3 },
      cloudwatch: { region: moto.region, endpoint: moto.endpoint },
      publishPeriodSeconds: 1,
      serviceTimeScale: 1,
      serviceTimeDistribution: lognormalServiceTime(0.3, prng(3)),
      // At most 4 data a request: every namespace is split over several PutMetricData calls.
      putMetricDataLimits: { maxData: 4, maxBytes: 1_000_000 },
      onPutMetricData: (input) => {
        requests++;
        record(series, input);
      },
    });
    const windowStart = Date.now() - 2000;
    for (let round = 0; round < 3; round++) {
      await Promise.all(Array.from({ length: 12 }, () => new MoodleClient(tb.testbed.url).get('/login/index.php')));
      await sleep(700);
    }
    const env = tb.testbed.environment;
    await tb.close();
    const windowEnd = Date.now() + 2000;

    const namespaces = new Set([...series.values()].map((s) => s.namespace));
    expect([...namespaces].sort()).toEqual(['AWS/ApplicationELB', 'AWS/AutoScaling', 'AWS/EC2', 'AWS/EFS', 'AWS/ElastiCache', 'AWS/RDS']);
    expect(requests).toBeGreaterThan(3 * namespaces.size);

    const client = cloudWatchClient({ region: moto.region, endpoint: moto.endpoint });
    const list = [...series.values()];
    const queries: MetricDataQuery[] = list.flatMap((s, i) =>
      (['Sum', 'SampleCount'] as const).map((stat) => ({
        Id: `m${i}_${stat.toLowerCase()}`,
        MetricStat: { Metric: { Namespace: s.namespace, MetricName: s.name, Dimensions: s.dimensions }, Period: 1, Stat: stat },
      })),
    );
    const got = new Map<string, Map<number, number>>();
    let NextToken: string | undefined;
    do {
      const page = await client.send(new GetMetricDataCommand({ MetricDataQueries: queries, StartTime: new Date(windowStart), EndTime: new Date(windowEnd), NextToken }));
      for (const r of page.MetricDataResults ?? []) {
        const points = got.get(r.Id ?? '') ?? new Map<number, number>();
        (r.Timestamps ?? []).forEach((t, j) => points.set(t.getTime(), r.Values?.[j] ?? Number.NaN));
        got.set(r.Id ?? '', points);
      }
      NextToken = page.NextToken;
    } while (NextToken !== undefined);

    list.forEach((s, i) => {
      const sums = got.get(`m${i}_sum`) ?? new Map<number, number>();
      const counts = got.get(`m${i}_samplecount`) ?? new Map<number, number>();
      const label = `${s.namespace} ${s.name} ${JSON.stringify(s.dimensions)}`;
      expect([...counts.keys()].sort(), label).toEqual([...s.put.keys()].sort());
      for (const [t, [sum, n]] of s.put) {
        expect(counts.get(t), `${label} samples at ${t}`).toBe(n);
        expect(sums.get(t) ?? Number.NaN, `${label} sum at ${t}`).toBeCloseTo(sum, 6);
      }
    });

    // The environment description names only series that were put.
    for (const spec of env.metrics) {
      const dims = JSON.stringify(Object.entries(spec.dimensions).map(([Name, Value]) => ({ Name, Value })));
      expect(
        list.some((s) => s.namespace === spec.namespace && s.name === spec.metricName && JSON.stringify(s.dimensions) === dims),
        spec.id,
      ).toBe(true);
    }
    // Three instances each had their CPU published; the load balancer saw every request.
    expect(list.filter((s) => s.namespace === 'AWS/EC2' && s.dimensions[0]?.Name === 'InstanceId')).toHaveLength(3);
    const requestCount = list.find((s) => s.name === 'RequestCount');
    expect([...(requestCount?.put.values() ?? [])].reduce((a, [v]) => a + v, 0)).toBe(36);

    // The step policy's alarms, as configured (AWS periods, not the time-scaled ones).
    const alarms = await client.send(new DescribeAlarmsCommand({ AlarmNamePrefix: tb.testbed.groundTruth().resourceIds['autoScalingGroup'] }));
    client.destroy();
    const byName = new Map((alarms.MetricAlarms ?? []).map((a) => [a.AlarmName?.replace(/^.*-cpu-/, 'cpu-'), a]));
    expect([...byName.keys()].sort()).toEqual(['cpu-high', 'cpu-low']);
    expect(byName.get('cpu-high')).toMatchObject({
      Namespace: 'AWS/EC2',
      MetricName: 'CPUUtilization',
      Statistic: 'Average',
      Threshold: 70,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      Period: 60,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 2,
    });
    expect(byName.get('cpu-high')?.Dimensions).toEqual([{ Name: 'AutoScalingGroupName', Value: tb.testbed.groundTruth().resourceIds['autoScalingGroup'] }]);
    expect(byName.get('cpu-low')).toMatchObject({ Threshold: 30, ComparisonOperator: 'LessThanOrEqualToThreshold', EvaluationPeriods: 10 });
  });
});
