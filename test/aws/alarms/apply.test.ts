// apply → describe returns what was applied; apply twice changes nothing; rollback restores the backup
// exactly; all against moto's server through the AWS SDK.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyState } from '../../../aws/alarms/apply-state.ts';
import { makeBackup, parseBackup } from '../../../aws/alarms/backup.ts';
import { alarmClients, type AlarmClients } from '../../../aws/alarms/clients.ts';
import { alarmDefinitions } from '../../../aws/alarms/definitions.ts';
import { describeState } from '../../../aws/alarms/describe-state.ts';
import { hasChanges } from '../../../aws/alarms/diff.ts';
import { planApply, planRollback } from '../../../aws/alarms/plan.ts';
import { stableJson } from '../../../aws/alarms/stable-json.ts';
import { policyFromState } from '../../../aws/alarms/to-policy.ts';
import type { GroupState } from '../../../aws/alarms/types.ts';
import { startMoto, type MotoServer } from '../../../aws/moto.ts';
import { LABEL, PEAK_START_MS, STEP_POLICY, TT_POLICY } from './fixture.ts';
import { createGroup } from './moto-group.ts';

let moto: MotoServer;
let c: AlarmClients;
beforeAll(async () => {
  moto = await startMoto();
  c = alarmClients({ region: moto.region, endpoint: moto.endpoint });
});
afterAll(async () => {
  c?.destroy();
  await moto?.stop();
});

const defs = (asgName: string, policy = STEP_POLICY) => alarmDefinitions(policy, { asgName, resourceLabel: LABEL, peakStartMs: PEAK_START_MS, instanceWarmupSeconds: 120 });

/** The managed part of a state: the items named in `desired`. */
function only(state: GroupState, desired: GroupState): GroupState {
  const names = (xs: readonly { [k: string]: unknown }[], key: string) => new Set(xs.map((x) => x[key]));
  const p = names(desired.policies as never, 'PolicyName');
  const a = names(desired.alarms as never, 'AlarmName');
  const s = names(desired.scheduled as never, 'ScheduledActionName');
  return {
    asgName: state.asgName,
    policies: state.policies.filter((x) => p.has(x.PolicyName)),
    alarms: state.alarms.filter((x) => a.has(x.AlarmName)),
    scheduled: state.scheduled.filter((x) => s.has(x.ScheduledActionName)),
  };
}

const sortState = (s: GroupState): string =>
  stableJson({
    ...s,
    policies: [...s.policies].sort((x, y) => x.PolicyName.localeCompare(y.PolicyName)),
    alarms: [...s.alarms].sort((x, y) => x.AlarmName.localeCompare(y.AlarmName)),
    scheduled: [...s.scheduled].sort((x, y) => x.ScheduledActionName.localeCompare(y.ScheduledActionName)),
  });

describe('alarms apply and rollback against moto', () => {
  it('dry run lists the changes and changes nothing', async () => {
    await createGroup(c, 'web-dry', true);
    const before = await describeState(c, 'web-dry', []);
    const plan = await planApply(c, defs('web-dry').desired, false);
    expect(plan.changes.filter((x) => x.action === 'create').map((x) => `${x.kind}:${x.name}`).sort()).toEqual([
      'alarm:moodle-capacity-web-dry-scale-in',
      'alarm:moodle-capacity-web-dry-scale-out',
      'policy:moodle-capacity-web-dry-scale-in',
      'policy:moodle-capacity-web-dry-scale-out',
      'scheduled:moodle-capacity-prescale-term-start-raise',
      'scheduled:moodle-capacity-prescale-term-start-restore',
    ]);
    expect(plan.changes.filter((x) => x.action === 'keep').map((x) => x.name).sort()).toEqual(['web-dry-legacy-cpu-high', 'web-dry-legacy-cpu-out', 'web-dry-legacy-nightly']);
    const after = await describeState(c, 'web-dry', []);
    expect(sortState(after.state)).toBe(sortState(before.state));
  });

  it('apply → describe returns what was applied; apply twice is a no-op; rollback restores exactly', async () => {
    await createGroup(c, 'web', true);
    const desired = defs('web').desired;
    const plan = await planApply(c, desired, false);
    const backup = parseBackup('mem', JSON.parse(JSON.stringify(makeBackup(plan.current.state, plan.scope, moto.region, moto.endpoint, new Date(), null))));
    const result = await applyState(c, plan.current, desired, plan.scope);
    expect(result.remaining).toEqual([]);

    const read = await describeState(c, 'web', desired.alarms.map((a) => a.AlarmName));
    expect(sortState(only(read.state, desired))).toBe(sortState(desired));
    // The alarms act on the policies just created, by their real ARNs.
    const outAlarm = read.state.alarms.find((a) => a.AlarmName === 'moodle-capacity-web-scale-out');
    expect(outAlarm?.AlarmActions).toEqual(['policy:moodle-capacity-web-scale-out']);
    // Today's policy is untouched without --replace.
    expect(read.state.policies.map((p) => p.PolicyName)).toContain('web-legacy-cpu-out');

    const again = await planApply(c, desired, false);
    expect(hasChanges(again.changes)).toBe(false);
    const second = await applyState(c, again.current, desired, again.scope);
    expect(second.changes.every((x) => x.action === 'unchanged' || x.action === 'keep')).toBe(true);

    const rb = await planRollback(c, backup);
    expect(hasChanges(rb.changes)).toBe(true);
    await applyState(c, rb.current, rb.desired, rb.scope);
    const restored = await describeState(c, 'web', rb.scope.alarms);
    expect(sortState(restored.state)).toBe(sortState(backup.state));
    expect(hasChanges((await planRollback(c, backup)).changes)).toBe(false);
  });

  it('--replace removes the old policy, its alarm and schedule; rollback brings them back with working alarm actions', async () => {
    await createGroup(c, 'web-replace', true);
    const desired = defs('web-replace').desired;
    const plan = await planApply(c, desired, true);
    expect(plan.changes.filter((x) => x.action === 'delete').map((x) => x.name).sort()).toEqual(['web-replace-legacy-cpu-high', 'web-replace-legacy-cpu-out', 'web-replace-legacy-nightly']);
    const backup = makeBackup(plan.current.state, plan.scope, moto.region, moto.endpoint, new Date(), null);
    await applyState(c, plan.current, desired, plan.scope);
    const applied = await describeState(c, 'web-replace', [...desired.alarms.map((a) => a.AlarmName), 'web-replace-legacy-cpu-high']);
    expect(sortState(applied.state)).toBe(sortState(desired));

    const rb = await planRollback(c, backup);
    await applyState(c, rb.current, rb.desired, rb.scope);
    const restored = await describeState(c, 'web-replace', rb.scope.alarms);
    expect(sortState(restored.state)).toBe(sortState(backup.state));
    expect(restored.state.alarms.find((a) => a.AlarmName === 'web-replace-legacy-cpu-high')?.AlarmActions).toEqual(['policy:web-replace-legacy-cpu-out']);
  });

  it('applies a target tracking policy and reads it back as the same GroupPolicy rule', async () => {
    await createGroup(c, 'web-tt', false);
    const desired = defs('web-tt', TT_POLICY).desired;
    const plan = await planApply(c, desired, false);
    await applyState(c, plan.current, desired, plan.scope);
    const read = await describeState(c, 'web-tt', []);
    expect(sortState(read.state)).toBe(sortState(desired));
    const today = policyFromState(read.state, 3, 10, 'today');
    expect(today.rule).toEqual({ ...TT_POLICY.rule, scaleInCooldownSeconds: 300 });
  });

  it("reads today's legacy simple scaling back as a replayable step rule", async () => {
    const read = await describeState(c, 'web-dry', []);
    const today = policyFromState(read.state, 2, 10, 'today');
    expect(today.rule.kind).toBe('step');
    if (today.rule.kind !== 'step') return;
    expect(today.rule.metric).toBe('ASGAverageCPUUtilization');
    expect(today.rule.scaleOut.alarm).toMatchObject({ threshold: 75, periodSeconds: 300, evaluationPeriods: 1, comparison: 'GreaterThanThreshold' });
    expect(today.rule.scaleOut.cooldownSeconds).toBe(300);
  });
});
