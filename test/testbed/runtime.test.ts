// The model's lifecycle without HTTP: while running it keeps timers (health checks, alarms, boots)
// and its files up to date; stop() publishes the last period, clears every timer it set and leaves
// the final files.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EnvironmentDescription } from '../../aws/types.ts';
import { fixedServiceTime } from '../../testbed/capacity/distributions.ts';
import type { GroundTruth } from '../../testbed/ground-truth/types.ts';
import { loadEnvironmentProfile } from '../../testbed/profiles/load.ts';
import { applyOverrides } from '../../testbed/profiles/resolve.ts';
import { Runtime } from '../../testbed/runtime.ts';
import { VirtualClock } from '../../testbed/clock/virtual-clock.ts';
import { get, virtualApp } from './hosting/harness.ts';

describe('Runtime', () => {
  it('stops cleanly: every timer cleared, last period published, files final', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tb-runtime-'));
    const published: string[] = [];
    const runtime = new Runtime({
      profile: applyOverrides(loadEnvironmentProfile('etf-like'), { timeScale: 0.01 }),
      webOnly: false,
      serviceTimeScale: 1,
      distribution: fixedServiceTime(),
      cloudwatch: null,
      publishPeriodSeconds: 1,
      environmentPath: join(dir, 'environment.json'),
      groundTruthPath: join(dir, 'ground-truth.json'),
      warn: () => undefined,
      onPutMetricData: (input) => published.push(input.Namespace ?? ''),
    });
    await runtime.start();
    // Scale out by hand: a boot timer joins the health-check and alarm timers.
    runtime.model.group.setDesired(3);
    const app = virtualApp(new VirtualClock());
    const answered = await Promise.all(
      Array.from({ length: 10 }, () => new Promise<number>((resolve) => runtime.model.handle(get('/login/index.php'), app, 'tenant001', (o) => resolve(o.response.status)))),
    );
    expect(answered.every((s) => s === 200)).toBe(true);
    expect(runtime.clock.pending).toBeGreaterThan(3);
    await runtime.stop();
    expect(runtime.clock.pending).toBe(0);
    expect(published).toContain('AWS/ApplicationELB');
    const truth = JSON.parse(await readFile(join(dir, 'ground-truth.json'), 'utf8')) as GroundTruth;
    expect(truth.stoppedAt).not.toBeNull();
    expect(truth.events.map((e) => e.type)).toEqual(['launch', 'in-service', 'launch', 'in-service', 'launch']);
    const env = JSON.parse(await readFile(join(dir, 'environment.json'), 'utf8')) as EnvironmentDescription;
    expect(env.metrics.filter((m) => m.id.startsWith('ec2_cpu_')).map((m) => m.id)).toEqual(['ec2_cpu_1', 'ec2_cpu_2', 'ec2_cpu_3']);
    await rm(dir, { recursive: true, force: true });
  });
});
