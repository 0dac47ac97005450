// Done-when of the testbed issue: `moodle-capacity testbed --profile etf-like` (the real CLI, in a
// child process) runs a real k6 scenario, CloudWatch (moto) holds every metric of its environment
// description for the run window, and the ground truth names the bottleneck etf-like was built for.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetMetricDataCommand, type MetricDataResult } from '@aws-sdk/client-cloudwatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudWatchClient } from '../../../aws/cloudwatch-client.ts';
import { startMoto, type MotoServer } from '../../../aws/moto.ts';
import type { EnvironmentDescription } from '../../../aws/types.ts';
import { projectRoot } from '../../../io/project-root.ts';
import { executeRun } from '../../../runner/execute-run.ts';
import type { GroundTruth } from '../../../testbed/ground-truth/types.ts';

let moto: MotoServer;
let cli: ChildProcess | undefined;
const work = mkdtempSync(join(tmpdir(), 'mc-etf-like-'));
beforeAll(async () => {
  moto = await startMoto();
});
afterAll(async () => {
  if (cli !== undefined && cli.exitCode === null) cli.kill('SIGKILL');
  await moto?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Starts the CLI and resolves with its "name: value" lines once the ground-truth line is printed. */
function startCli(args: readonly string[]): Promise<{ child: ChildProcess; lines: Map<string, string>; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [join(projectRoot(), 'bin', 'moodle-capacity.mjs'), ...args], { cwd: projectRoot(), stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the testbed did not start:\n${stdout}\n${stderr}`)), 60_000);
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (!stdout.includes('ground truth: ')) return;
      clearTimeout(timer);
      const lines = new Map(stdout.split('\n').map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ child, lines, exited });
    });
    void exited.then((code) => reject(new Error(`the CLI exited with ${code}:\n${stderr}`)));
  });
}

describe('moodle-capacity testbed --profile etf-like', () => {
  it('runs the login storm with real k6; moto holds every metric; the ground truth names web CPU', async () => {
    const started = await startCli(['testbed', '--profile', 'etf-like', '--cloudwatch-endpoint', moto.endpoint, '--region', moto.region, '--period', '1', '--users', '40', '--data-dir', join(work, 'testbed'), '--for', '10m']);
    cli = started.child;
    const url = started.lines.get('testbed') ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(started.lines.get('profile')).toMatch(/^etf-like: 73\.96 req\/s per instance, bottleneck web-cpu at 147\.92 req\/s$/);
    const environmentPath = (started.lines.get('environment') ?? '').split(' ')[0] ?? '';
    const groundTruthPath = started.lines.get('ground truth') ?? '';

    const runStart = Date.now();
    const { dir, record } = await executeRun({
      target: url,
      confirmTarget: undefined,
      scenario: 'login-storm',
      profile: 'demo',
      // The demo's ramp (to 8 logins a second) squeezed into 20 s: light for a shared 2-core machine.
      scale: { rateScale: 1, durationSeconds: 20 },
      usersFile: started.lines.get('users') ?? '',
      resultsDir: join(work, 'results'),
      environmentFile: environmentPath,
      log: () => {},
    });
    const runEnd = Date.now();
    expect(record.status).toBe('completed');
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { metrics: Record<string, Record<string, number>> };
    const k6Requests = summary.metrics['http_reqs']?.['count'] ?? 0;
    expect(k6Requests).toBeGreaterThan(100);

    started.child.kill('SIGINT');
    expect(await started.exited).toBe(0);

    const env = JSON.parse(readFileSync(environmentPath, 'utf8')) as EnvironmentDescription;
    const truth = JSON.parse(readFileSync(groundTruthPath, 'utf8')) as GroundTruth;
    expect(truth.bottleneck.resource).toBe('web-cpu');
    expect(truth.bottleneck.resource).toBe(truth.profile.designedBottleneck);
    expect(truth.stoppedAt).not.toBeNull();
    expect(truth.events.filter((e) => e.type === 'in-service')).toHaveLength(2);

    const client = cloudWatchClient({ region: env.region, ...(env.endpoint === undefined ? {} : { endpoint: env.endpoint }) });
    const results: MetricDataResult[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(
        new GetMetricDataCommand({
          MetricDataQueries: env.metrics.map((m) => ({
            Id: m.id,
            MetricStat: { Metric: { Namespace: m.namespace, MetricName: m.metricName, Dimensions: Object.entries(m.dimensions).map(([Name, Value]) => ({ Name, Value })) }, Period: 1, Stat: m.stat },
          })),
          StartTime: new Date(runStart - 1000),
          EndTime: new Date(runEnd + 1000),
          NextToken,
        }),
      );
      results.push(...(page.MetricDataResults ?? []));
      NextToken = page.NextToken;
    } while (NextToken !== undefined);
    client.destroy();
    const points = (id: string): number[] => results.filter((r) => r.Id === id).flatMap((r) => r.Values ?? []);
    const seconds = Math.floor((runEnd - runStart) / 1000);
    const namespaces = new Set(env.metrics.map((m) => m.namespace));
    expect([...namespaces].sort()).toEqual(['AWS/ApplicationELB', 'AWS/AutoScaling', 'AWS/EC2', 'AWS/EFS', 'AWS/ElastiCache', 'AWS/RDS']);
    for (const spec of env.metrics) {
      // Gauges and counts are published every second (zeros included); response times when there were responses.
      const expected = spec.metricName === 'TargetResponseTime' ? 5 : seconds - 2;
      expect(points(spec.id).length, spec.id).toBeGreaterThanOrEqual(expected);
    }
    // Every request k6 made is in RequestCount; the two instances did the work and stayed healthy.
    expect(points('alb_request_count').reduce((s, v) => s + v, 0)).toBe(k6Requests);
    expect(Math.max(...points('ec2_cpu_1'))).toBeGreaterThan(5);
    expect(Math.max(...points('ec2_cpu_2'))).toBeGreaterThan(5);
    expect(Math.max(...points('rds_cpu'))).toBeGreaterThan(0);
    expect(points('alb_healthy_hosts').every((v) => v === 2)).toBe(true);
    expect(points('alb_elb_5xx').reduce((s, v) => s + v, 0)).toBe(0);
  });
});
