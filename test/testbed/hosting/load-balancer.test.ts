// Health checks: a target whose backlog stays full fails its probes and is taken out of rotation;
// when no target is healthy the ALB fails open; a target comes back after passing again.
import { describe, expect, it } from 'vitest';
import { loadEnvironmentProfile } from '../../../testbed/profiles/load.ts';
import { get, virtualModel } from './harness.ts';

describe('LoadBalancer health checks', () => {
  it('marks a saturated target unhealthy after 2 failed probes, routes around it, and back', () => {
    const base = loadEnvironmentProfile('web-bound');
    // 1 worker, no backlog; health checks every 30 s (unhealthy after 2, healthy after 5).
    const vm = virtualModel({ ...base, instance: { ...base.instance, workers: 1, queueLimit: 0 } });
    const [a, b] = vm.model.group.live();
    const t0 = vm.clock.now();
    // Keep `a` busy with one long request after another (a 60 s wait each): its backlog is full.
    const hog = (): void => {
      if (a === undefined || vm.clock.now() - t0 > 95_000) return;
      a.pool.acquire((release) => vm.clock.setTimer(60_000, () => {
        release();
        hog();
      }));
    };
    hog();
    vm.clock.advanceTo(t0 + 59_999);
    expect(a?.state).toBe('healthy'); // one failed probe (30 s) is not enough
    vm.clock.advanceTo(t0 + 60_000);
    expect(a?.state).toBe('unhealthy');
    expect(vm.log.all().find((e) => e.type === 'unhealthy')).toMatchObject({ instanceId: a?.id });
    expect(vm.model.snapshot().group).toMatchObject({ healthy: 1, unhealthy: 1 });
    // Everything goes to b now.
    const statuses: (number | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      const reply = vm.send(get('/login/index.php'));
      vm.clock.advanceBy(1000);
      statuses.push(reply.outcome?.response.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect(b?.served).toBe(4);
    // No healthy target at all: the ALB fails open and uses the unhealthy ones (a refuses: 502).
    if (b === undefined) throw new Error('two instances expected');
    b.state = 'unhealthy';
    const open = [1, 2].map(() => vm.send(get('/login/index.php')));
    vm.clock.advanceBy(1000);
    expect(open.map((r) => r.outcome?.response.status).sort()).toEqual([200, 502]);
    b.state = 'healthy';
    // The hog stops at 95 s; 5 passing probes later (120 … 240 s) a is healthy again.
    vm.clock.advanceTo(t0 + 240_000);
    expect(a?.state).toBe('healthy');
    expect(vm.log.all().filter((e) => e.instanceId === a?.id).map((e) => e.type)).toEqual(['launch', 'in-service', 'unhealthy', 'healthy']);
  });
});
