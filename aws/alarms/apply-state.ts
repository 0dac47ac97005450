// Makes the group's scaling state equal a desired one within a scope, in an order that never leaves an
// alarm pointing at a missing policy: delete unwanted alarms, put policies, look their ARNs up again
// (PutScalingPolicy's answer is not relied on: moto's server returns it under another key), put
// alarms, delete unwanted policies, then scheduled actions. Then reads everything back and checks.
import { DeleteAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { DeletePolicyCommand, DeleteScheduledActionCommand, PutScalingPolicyCommand, PutScheduledUpdateGroupActionCommand } from '@aws-sdk/client-auto-scaling';
import { putAlarmInput, putPolicyInput, putScheduledInput } from './canonical.ts';
import type { AlarmClients } from './clients.ts';
import { describeState, type DescribedState } from './describe-state.ts';
import { diffStates, hasChanges } from './diff.ts';
import type { Change, GroupState, Scope } from './types.ts';

export interface ApplyResult {
  readonly changes: readonly Change[];
  readonly after: DescribedState;
  /** Differences left after applying (empty when AWS now holds exactly the desired state). */
  readonly remaining: readonly Change[];
}

function names(changes: readonly Change[], kind: Change['kind'], actions: readonly Change['action'][]): string[] {
  return changes.filter((c) => c.kind === kind && actions.includes(c.action)).map((c) => c.name);
}

export async function applyState(c: AlarmClients, current: DescribedState, desired: GroupState, scope: Scope): Promise<ApplyResult> {
  const asg = desired.asgName;
  const changes = diffStates(current.state, desired, scope);
  const put = ['create', 'update'] as const;

  const alarmsToDelete = names(changes, 'alarm', ['delete']);
  if (alarmsToDelete.length > 0) await c.cloudwatch.send(new DeleteAlarmsCommand({ AlarmNames: alarmsToDelete }));

  for (const name of names(changes, 'policy', put)) {
    const p = desired.policies.find((x) => x.PolicyName === name);
    if (p !== undefined) await c.autoscaling.send(new PutScalingPolicyCommand(putPolicyInput(asg, p)));
  }
  const alarmNames = desired.alarms.map((a) => a.AlarmName);
  const withPolicies = await describeState(c, asg, alarmNames);
  const resolve = (policyName: string): string => {
    const arn = withPolicies.arns.get(policyName);
    if (arn === undefined) throw new Error(`alarm action refers to policy ${policyName}, which ${asg} does not have`);
    return arn;
  };
  for (const name of names(changes, 'alarm', put)) {
    const a = desired.alarms.find((x) => x.AlarmName === name);
    if (a !== undefined) await c.cloudwatch.send(new PutMetricAlarmCommand(putAlarmInput(a, resolve)));
  }
  for (const name of names(changes, 'policy', ['delete'])) {
    await c.autoscaling.send(new DeletePolicyCommand({ AutoScalingGroupName: asg, PolicyName: name }));
  }
  for (const name of names(changes, 'scheduled', ['delete'])) {
    await c.autoscaling.send(new DeleteScheduledActionCommand({ AutoScalingGroupName: asg, ScheduledActionName: name }));
  }
  for (const name of names(changes, 'scheduled', put)) {
    const s = desired.scheduled.find((x) => x.ScheduledActionName === name);
    if (s !== undefined) await c.autoscaling.send(new PutScheduledUpdateGroupActionCommand(putScheduledInput(asg, s)));
  }
  const after = await describeState(c, asg, [...new Set([...alarmNames, ...scope.alarms])]);
  const remaining = diffStates(after.state, desired, scope).filter((x) => x.action !== 'unchanged' && x.action !== 'keep');
  return { changes, after, remaining: hasChanges(remaining) ? remaining : [] };
}
