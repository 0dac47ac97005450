// The metrics round-trip through a real CloudWatch API (moto's server) with the AWS SDK: what the
// testbed publishes is what `analyze` will read with the environment.json it writes.
import { readFile } from 'node:fs/promises';
import { GetMetricDataCommand, type MetricDataQuery, type MetricDataResult, type StandardUnit } from '@aws-sdk/client-cloudwatch';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cloudWatchClient } from '../../../aws/cloudwatch-client.ts';
import { freePort, startMoto, type MotoServer } from '../../../aws/moto.ts';
import type { EnvironmentDescription } from '../../../aws/types.ts';
import { lognormalServiceTime } from '../../../testbed/index.ts';
import { loginToken, MoodleClient } from '../moodle-client.ts';
import { startTestTestbed } from '../start.ts';

let moto: MotoServer;
beforeAll(async () => {
  moto = await startMoto();
});
afterAll(() => moto?.stop());

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Every metric of the environment over the window at 1 s, oldest first (moto answers newest first). */
async function fetchWindow(env: EnvironmentDescription, startMs: number, endMs: number, extra: MetricDataQuery[] = []): Promise<Map<string, { t: number; v: number }[]>> {
  const client = cloudWatchClient({ region: env.region, ...(env.endpoint === undefined ? {} : { endpoint: env.endpoint }) });
  const queries: MetricDataQuery[] = [
    ...env.metrics.map((m) => ({
      Id: m.id,
      MetricStat: {
        Metric: { Namespace: m.namespace, MetricName: m.metricName, Dimensions: Object.entries(m.dimensions).map(([Name, Value]) => ({ Name, Value })) },
        Period: env.periodSeconds ?? 1,
        Stat: m.stat,
        Unit: m.unit as StandardUnit, // EnvironmentDescription keeps units as plain strings
      },
    })),
    ...extra,
  ];
  const results: MetricDataResult[] = [];
  let NextToken: string | undefined;
  do {
    const page = await client.send(new GetMetricDataCommand({ MetricDataQueries: queries, StartTime: new Date(startMs), EndTime: new Date(endMs), NextToken }));
    results.push(...(page.MetricDataResults ?? []));
    NextToken = page.NextToken;
  } while (NextToken !== undefined);
  client.destroy();
  const byId = new Map<string, { t: number; v: number }[]>();
  for (const r of results) {
    const points = (r.Timestamps ?? []).map((t, i) => ({ t: t.getTime(), v: r.Values?.[i] ?? Number.NaN }));
    byId.set(r.Id ?? '', [...(byId.get(r.Id ?? '') ?? []), ...points].sort((a, b) => a.t - b.t));
  }
  return byId;
}

const sum = (points: { v: number }[] | undefined): number => (points ?? []).reduce((s, p) => s + p.v, 0);

describe('metrics in moto', () => {
  it('RequestCount sums to exactly the requests made; 502s from the load balancer, CPU, response times and idle zeros are there', async () => {
    // Two workers and a backlog of two: the opening burst overflows, so the LB's 502s are in the data.
    const tb = await startTestTestbed({
      cloudwatch: { region: moto.region, endpoint: moto.endpoint },
      publishPeriodSeconds: 1,
      workers: 2,
      queueLimit: 2,
      serviceTimeScale: 1,
      serviceTimeDistribution: lognormalServiceTime(),
    });
    const windowStart = Date.now() - 2000;
    const base = tb.testbed.url;
    const statuses: number[] = [];
    const hit = async (client: MoodleClient, path: string): Promise<string | null> => {
      const reply = await client.get(path);
      statuses.push(reply.status);
      return reply.status === 200 ? reply.body : null;
    };
    const round = (size: number): Promise<unknown> =>
      Promise.all(
        Array.from({ length: size }, async (_, i) => {
          const client = new MoodleClient(base);
          const page = await hit(client, i % 4 === 0 ? '/no/such/page' : '/login/index.php');
          if (page !== null && i % 2 === 1) {
            const post = await client.postForm('/login/index.php', { anchor: '', logintoken: loginToken(page), username: 'student001', password: 'wrong' });
            statuses.push(post.status);
          }
        }),
      );

    await round(12);
    await sleep(3200); // at least two whole idle periods in a row
    await round(4);
    await sleep(600);
    await round(4); // stop right after: this traffic is in the partial last period
    const environment = JSON.parse(await readFile(tb.testbed.environmentPath, 'utf8')) as EnvironmentDescription;
    await tb.close();
    const windowEnd = Date.now() + 2000;

    expect(environment).toEqual(tb.testbed.environment);
    expect(environment.endpoint).toBe(moto.endpoint);
    const trt = environment.metrics.find((m) => m.id === 'alb_target_response_time');
    const samples: MetricDataQuery = {
      Id: 'trt_samples',
      MetricStat: {
        Metric: { Namespace: trt?.namespace, MetricName: trt?.metricName, Dimensions: Object.entries(trt?.dimensions ?? {}).map(([Name, Value]) => ({ Name, Value })) },
        Period: 1,
        Stat: 'SampleCount',
      },
    };
    const data = await fetchWindow(environment, windowStart, windowEnd, [samples]);

    const rejected = statuses.filter((s) => s === 502).length;
    expect(rejected).toBeGreaterThan(0);
    expect(sum(data.get('alb_request_count'))).toBe(statuses.length);
    expect(sum(data.get('alb_elb_5xx'))).toBe(rejected);
    expect(sum(data.get('alb_target_5xx'))).toBe(0);
    // Values/Counts arrays carried every response time of the requests the target served.
    expect(sum(data.get('trt_samples'))).toBe(statuses.length - rejected);
    const trtPoints = data.get('alb_target_response_time') ?? [];
    const meanSeconds = sum(trtPoints) / Math.max(1, trtPoints.length);
    expect(meanSeconds).toBeGreaterThan(0.01);
    expect(meanSeconds).toBeLessThan(1);

    const counts = data.get('alb_request_count') ?? [];
    expect(counts.some((p) => p.v === 0)).toBe(true); // idle periods publish zeros
    expect(new Set(counts.map((p) => p.t)).size).toBe(counts.length); // one datum per period

    const cpu = data.get('asg_cpu') ?? [];
    expect(cpu.length).toBe(counts.length);
    expect(sum(data.get('alb_elb_502'))).toBe(rejected);
    expect(sum(data.get('alb_elb_503'))).toBe(0);
    expect(cpu.every((p) => p.v >= 0 && p.v <= 100)).toBe(true);
    expect(cpu.some((p) => p.v > 0)).toBe(true);
    // A period after an idle one had no busy workers. (The first idle period after a busy one may
    // still finish work that arrived just before its start: requests are counted on arrival.)
    const afterIdle = new Set(counts.filter((p, i) => i > 0 && p.v === 0 && counts[i - 1]?.v === 0).map((p) => p.t));
    expect(afterIdle.size).toBeGreaterThan(0);
    expect(cpu.filter((p) => afterIdle.has(p.t)).every((p) => p.v === 0)).toBe(true);

    expect((data.get('alb_healthy_hosts') ?? []).every((p) => p.v === 1)).toBe(true);
  });

  it('keeps serving when CloudWatch is unreachable, logs the failure once, and stop() still returns', async () => {
    const writes: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    try {
      const closedPort = await freePort();
      const tb = await startTestTestbed({ cloudwatch: { region: 'eu-west-2', endpoint: `http://127.0.0.1:${closedPort}` }, publishPeriodSeconds: 1 });
      for (let i = 0; i < 3; i++) {
        expect((await new MoodleClient(tb.testbed.url).get('/login/index.php')).status).toBe(200);
        await sleep(700);
      }
      await tb.close();
    } finally {
      spy.mockRestore();
    }
    const failures = writes.filter((w) => w.includes('PutMetricData'));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/ECONNREFUSED/);
  });
});
