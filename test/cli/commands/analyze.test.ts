// `moodle-capacity analyze` as a user runs it: on a run directory, with CloudWatch from moto's real
// server (GetMetricData through the AWS SDK), --json, --print-queries, and bad flags.
import { PutMetricDataCommand, type MetricDatum } from '@aws-sdk/client-cloudwatch';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../../analysis/types.ts';
import { cloudWatchClient } from '../../../aws/cloudwatch-client.ts';
import { startMoto, type MotoServer } from '../../../aws/moto.ts';
import { seconds, start, syntheticRunDir } from '../../io/run-dir-fixture.ts';
import { runCli } from '../run-cli.ts';

let moto: MotoServer;
let dir: string;
let envFile: string;

beforeAll(async () => {
  moto = await startMoto();
  dir = syntheticRunDir();
  // What the web tier would have published over the run: a CPU line that follows the ramp, per minute.
  const client = cloudWatchClient({ region: moto.region, endpoint: moto.endpoint });
  const datums: MetricDatum[] = [];
  for (let m = 0; m < seconds / 60; m++) {
    const Timestamp = new Date(start + m * 60_000);
    datums.push({ MetricName: 'CPUUtilization', Dimensions: [{ Name: 'AutoScalingGroupName', Value: 'moodle-web' }], Timestamp, Value: 8 + 6 * m, Unit: 'Percent' });
  }
  await client.send(new PutMetricDataCommand({ Namespace: 'AWS/EC2', MetricData: datums }));
  client.destroy();
  envFile = join(dir, 'environment.json');
  writeFileSync(envFile, JSON.stringify({ name: 'moto', region: moto.region, endpoint: moto.endpoint, instances: 1, resources: { autoScalingGroup: 'moodle-web' } }));
}, 60_000);

afterAll(async () => {
  await moto.stop();
});

describe('moodle-capacity analyze', () => {
  it('prints analysis.json with --json: k6 output merged, CloudWatch pulled, capacity modelled', async () => {
    const res = await runCli(['analyze', dir, '--cloudwatch', envFile, '--json']);
    expect(res.code, res.stderr).toBe(0);
    const a = JSON.parse(res.stdout) as Analysis;
    expect(a.schema).toBe('moodle-capacity/analysis@3');
    expect(a.cloudwatch?.mode).toBe('api');
    // The window is hours old: CloudWatch only keeps 1-minute data for it.
    expect(a.cloudwatch?.periodSeconds).toBe(60);
    expect(a.cloudwatch?.periodReason).toMatch(/1-minute data for 15 days/);
    const cpu = a.cloudwatch?.series.find((s) => s.id === 'asg_cpu');
    expect(cpu?.points.map((p) => p.v)).toEqual(Array.from({ length: seconds / 60 }, (_, m) => 8 + 6 * m));
    expect(a.cloudwatch?.series.find((s) => s.id === 'asg_in_service')?.missingPeriods).toBeGreaterThan(0);
    expect(a.capacity?.instances).toEqual({ count: 1, source: 'the environment description (instances)' });
    expect(a.capacity?.resources[0]?.resource).toBe('web-cpu');
    expect(a.capacity?.bottleneck?.resource).toBe('web-cpu');
    expect(res.stderr).toMatch(/GetMetricData: \d+ metrics from http:\/\/127\.0\.0\.1/);
  });

  it('prints the queries for `aws cloudwatch get-metric-data` with --print-queries', async () => {
    const res = await runCli(['analyze', dir, '--cloudwatch', envFile, '--print-queries']);
    expect(res.code, res.stderr).toBe(0);
    const q = JSON.parse(res.stdout) as { MetricDataQueries: { Id: string; MetricStat: { Period: number } }[]; StartTime: string; EndTime: string };
    expect(q.MetricDataQueries.map((m) => m.Id)).toContain('asg_cpu');
    expect(q.MetricDataQueries[0]?.MetricStat.Period).toBe(60);
    expect(Date.parse(q.StartTime)).toBe(start);
  });

  it('says what is wrong with its flags', async () => {
    const res = await runCli(['analyze', dir, '--slo-p95', 'fast']);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/--slo-p95; expected a latency in ms greater than 0, got "fast"/);
  });
});
