// GetMetricData against moto's real server, through a proxy that pages its answers like CloudWatch
// and, in the second test, throttles, fails with 503, drops connections and leaves requests hanging.
// Neither may cost a datapoint.
import { PutMetricDataCommand, type MetricDatum } from '@aws-sdk/client-cloudwatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudWatchClient } from '../../aws/cloudwatch-client.ts';
import { fetchSeries } from '../../aws/get-metric-data.ts';
import { startMoto, type MotoServer } from '../../aws/moto.ts';
import type { EnvironmentDescription, MetricSpec } from '../../aws/types.ts';
import { startFaultProxy } from './fault-proxy.ts';

const MINUTE = 60_000;
const end = Math.floor(Date.now() / MINUTE) * MINUTE - 10 * MINUTE;
let moto: MotoServer;

const spec = (id: string, name: string): MetricSpec => ({ id, label: name, namespace: 'Test/Moodle', metricName: name, dimensions: { Site: 'test' }, stat: 'Sum', unit: 'Count' });
const specs = [spec('requests', 'Requests'), spec('errors', 'Errors')];

async function put(minutes: number): Promise<void> {
  const client = cloudWatchClient({ region: moto.region, endpoint: moto.endpoint });
  const datums: MetricDatum[] = [];
  for (let m = 0; m < minutes; m++) {
    const Timestamp = new Date(end - (minutes - m) * MINUTE);
    datums.push({ MetricName: 'Requests', Dimensions: [{ Name: 'Site', Value: 'test' }], Timestamp, Value: m, Unit: 'Count' });
    datums.push({ MetricName: 'Errors', Dimensions: [{ Name: 'Site', Value: 'test' }], Timestamp, Value: m % 7, Unit: 'Count' });
  }
  for (let i = 0; i < datums.length; i += 500) await client.send(new PutMetricDataCommand({ Namespace: 'Test/Moodle', MetricData: datums.slice(i, i + 500) }));
  client.destroy();
}

const env = (endpoint: string): EnvironmentDescription => ({ name: 'moto', region: moto.region, endpoint, periodSeconds: 60, metrics: specs });

beforeAll(async () => {
  moto = await startMoto();
  await put(360);
}, 60_000);
afterAll(async () => {
  await moto.stop();
});

describe('fetchSeries through moto', () => {
  it('brings a window longer than one page back whole, following NextToken', async () => {
    const proxy = await startFaultProxy(moto.endpoint, { pageSize: 250 });
    try {
      const window = { startMs: end - 360 * MINUTE, endMs: end - 1 };
      const result = await fetchSeries(env(proxy.endpoint), window, { periodSeconds: 60, queriesPerCall: 500 });
      // 720 datapoints in pages of 250: one upstream call, two more pages by NextToken.
      expect(proxy.pagesServed()).toBe(2);
      expect(result.calls).toBe(3);
      const [requests, errors] = result.series;
      expect(requests?.points.map((p) => p.v)).toEqual(Array.from({ length: 360 }, (_, m) => m));
      expect(errors?.points.map((p) => p.v)).toEqual(Array.from({ length: 360 }, (_, m) => m % 7));
      expect(requests?.points[0]?.t).toBe(window.startMs);
      expect(requests?.missingPeriods).toBe(0);
    } finally {
      await proxy.close();
    }
  });

  it('loses no datapoint to throttling, 503s, dropped connections or requests that never answer', async () => {
    const proxy = await startFaultProxy(moto.endpoint, { pageSize: 100, faults: ['throttle', 'pass', '503', 'drop', 'pass', 'hang', 'throttle', 'throttle', 'pass'] });
    try {
      const window = { startMs: end - 120 * MINUTE, endMs: end - 1 };
      const result = await fetchSeries(env(proxy.endpoint), window, {
        periodSeconds: 60,
        queriesPerCall: 1,
        retry: { maxAttempts: 8, baseDelayMs: 20, maxDelayMs: 200 },
        callTimeoutMs: 1500,
      });
      expect(proxy.log).toEqual(expect.arrayContaining(['throttle', '503', 'drop', 'hang']));
      expect(result.retries).toBe(proxy.log.filter((f) => f !== 'pass').length);
      const [requests, errors] = result.series;
      expect(requests?.points.map((p) => p.v)).toEqual(Array.from({ length: 120 }, (_, m) => 240 + m));
      expect(errors?.points.map((p) => p.v)).toEqual(Array.from({ length: 120 }, (_, m) => (240 + m) % 7));
      expect(requests?.missingPeriods).toBe(0);
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it('reports periods CloudWatch has no datapoint for, without inventing any', async () => {
    const window = { startMs: end - 10 * MINUTE, endMs: end + 5 * MINUTE - 1 };
    const result = await fetchSeries(env(moto.endpoint), window, { periodSeconds: 60, queriesPerCall: 500 });
    expect(result.series[0]?.points).toHaveLength(10);
    expect(result.series[0]?.missingPeriods).toBe(5);
    expect(result.series[0]?.missingTimes[0]).toBe(end);
  });
});
