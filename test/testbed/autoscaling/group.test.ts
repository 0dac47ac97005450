// The Auto Scaling group's instance lifecycle on a virtual clock, in AWS seconds (time scale 1):
// launch → 8-minute boot → registered (warming up, failing health checks) → in service after the
// warmup and the healthy threshold → drained and terminated on scale-in.
import { describe, expect, it } from 'vitest';
import { loadEnvironmentProfile } from '../../../testbed/profiles/load.ts';
import { get, virtualModel } from '../hosting/harness.ts';

const S = 1000;

describe('AutoScalingGroup', () => {
  it('boots, warms up and passes health checks before a new instance gets traffic', () => {
    // etf-like: boot 480 s, warmup 60 s, health checks every 30 s, healthy after 3.
    const vm = virtualModel('etf-like');
    const t0 = vm.clock.now();
    expect(vm.model.group.setDesired(3)).toBe(3);
    const launched = vm.log.all().filter((e) => e.type === 'launch').at(-1);
    const id = launched?.instanceId ?? '';
    expect(vm.model.snapshot().group).toMatchObject({ desired: 3, inService: 2, pending: 1, healthy: 2 });

    vm.clock.advanceTo(t0 + 480 * S - 1);
    expect(vm.log.all().some((e) => e.type === 'registered' && e.instanceId === id)).toBe(false);
    vm.clock.advanceTo(t0 + 480 * S);
    const registered = vm.log.all().find((e) => e.type === 'registered' && e.instanceId === id);
    expect(registered?.atMs).toBe(t0 + 480 * S);
    expect(vm.model.snapshot().group).toMatchObject({ inService: 3, pending: 0, healthy: 2, unhealthy: 1 });

    // Probes at +30 s (warming: fails), +60, +90, +120 s pass: healthy after the third.
    vm.clock.advanceTo(t0 + 480 * S + 119 * S);
    expect(vm.log.all().some((e) => e.type === 'in-service' && e.instanceId === id)).toBe(false);
    vm.clock.advanceTo(t0 + 480 * S + 120 * S);
    expect(vm.log.all().find((e) => e.type === 'in-service' && e.instanceId === id)?.atMs).toBe(t0 + 600 * S);
    expect(vm.model.snapshot().group).toMatchObject({ healthy: 3, unhealthy: 0 });

    // Round robin now reaches the new instance.
    for (let i = 0; i < 6; i++) vm.send(get('/login/index.php'));
    vm.clock.advanceBy(5 * S);
    expect(vm.model.snapshot().instances.find((i) => i.id === id)?.served).toBe(2);
  });

  it('scales in the newest instance: drained at once when idle, after the requests in flight otherwise', () => {
    const base = loadEnvironmentProfile('etf-like');
    const vm = virtualModel({ ...base, autoScaling: { ...base.autoScaling, min: 1, desired: 3 } });
    const newest = vm.model.group.live().at(-1);
    // Keep the newest busy: with 3 targets round robin sends every third request to it.
    const replies = [1, 2, 3].map(() => vm.send(get('/my/')));
    expect(newest?.inFlight).toBe(1);
    vm.model.group.setDesired(2);
    expect(newest?.state).toBe('draining');
    vm.clock.advanceBy(10 * S);
    expect(replies.every((r) => r.outcome?.response.status === 303)).toBe(true);
    expect(newest?.state).toBe('terminated');
    const types = vm.log.all().filter((e) => e.instanceId === newest?.id).map((e) => e.type);
    expect(types).toEqual(['launch', 'in-service', 'draining', 'terminated']);
    // Idle: terminated at once.
    const next = vm.model.group.live().at(-1);
    vm.model.group.setDesired(1);
    expect(next?.state).toBe('terminated');
    expect(vm.model.snapshot().group).toMatchObject({ desired: 1, inService: 1 });
  });

  it('a scale-in while an instance still boots cancels that instance first', () => {
    const vm = virtualModel('etf-like');
    vm.model.group.setDesired(3);
    const booting = vm.model.group.live().find((i) => i.state === 'pending');
    vm.model.group.setDesired(2);
    expect(booting?.state).toBe('terminated');
    vm.clock.advanceBy(600 * S);
    expect(vm.log.all().filter((e) => e.type === 'registered')).toHaveLength(0);
    expect(vm.model.group.setDesired(100)).toBe(6); // clamped to max
    expect(vm.model.group.setDesired(0)).toBe(2); // and to min
  });
});
