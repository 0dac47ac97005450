// Target tracking on a virtual clock: steady load at ~85 % CPU on two instances with a 60 % target.
// AWS's AlarmHigh needs 3 of 3 one-minute datapoints, then the capacity becomes ceil(2 × 85 / 60) = 3;
// the new instance boots; scale-in waits for the warmup and for AlarmLow's 15 of 15 minutes.
import { describe, expect, it } from 'vitest';
import { AlarmRunner } from '../../../testbed/autoscaling/alarm-runner.ts';
import { targetTrackingAlarms } from '../../../testbed/autoscaling/policy-alarms.ts';
import { targetTracking } from '../../../testbed/autoscaling/scaling-policy.ts';
import { loadEnvironmentProfile } from '../../../testbed/profiles/load.ts';
import type { EnvironmentProfile } from '../../../testbed/profiles/types.ts';
import { get, virtualModel } from '../hosting/harness.ts';

const MIN = 60_000;

function profile(): EnvironmentProfile {
  const base = loadEnvironmentProfile('etf-like');
  return {
    ...base,
    autoScaling: { ...base.autoScaling, min: 2, max: 6, desired: 2, policy: { type: 'target-tracking', metric: 'ASGAverageCPUUtilization', targetValue: 60, warmupSeconds: 300, scaleInCooldownSeconds: 300, disableScaleIn: false } },
  };
}

describe('target tracking', () => {
  it('scales to the capacity that brings CPU back to the target, after 3 breaching minutes', () => {
    const p = profile();
    const vm = virtualModel(p);
    const policy = p.autoScaling.policy;
    if (policy?.type !== 'target-tracking') throw new Error('profile');
    const alarms = targetTrackingAlarms(policy, 'asg');
    const act = targetTracking(policy, { clock: vm.clock, timeScale: 1, group: vm.model.group, log: vm.log });
    const runner = new AlarmRunner({ clock: vm.clock, timeScale: 1, snapshot: () => vm.model.snapshot(), log: vm.log, onStateChange: () => undefined });
    for (const alarm of alarms) runner.start(alarm, (value) => act(alarm, value));

    // Login pages cost 23.04 ms of web CPU; 2 instances × 2 cores at 85 % is 148 a second.
    const rate = (0.85 * 4 * 1000) / 23.04;
    const start = vm.clock.now();
    let load = true;
    const tick = (): void => {
      if (!load) return;
      vm.send(get('/login/index.php'));
      vm.clock.setTimer(1000 / rate, tick);
    };
    tick();
    vm.clock.advanceTo(start + 3 * MIN - 1);
    expect(vm.model.group.desired).toBe(2);
    vm.clock.advanceTo(start + 3 * MIN + 1);
    const out = vm.log.all().find((e) => e.type === 'scale-out');
    expect(out).toMatchObject({ desiredFrom: 2, desiredTo: 3 });
    expect(out?.value).toBeGreaterThan(80);
    expect(out?.value).toBeLessThan(90);

    // More breaching minutes while it boots do not add more: the formula counts serving instances.
    vm.clock.advanceTo(start + 8 * MIN);
    expect(vm.model.group.desired).toBe(3);
    load = false;
    // AlarmLow needs 15 minutes below 54 %, and nothing warming up.
    vm.clock.advanceTo(start + 24 * MIN);
    const scaleIn = vm.log.all().find((e) => e.type === 'scale-in');
    expect(scaleIn).toMatchObject({ desiredFrom: 3, desiredTo: 2 });
    expect((scaleIn?.atMs ?? 0) - start).toBeGreaterThanOrEqual(8 * MIN + 15 * MIN);
    runner.stop();
    expect(vm.model.group.desired).toBe(2); // the minimum
  });
});
