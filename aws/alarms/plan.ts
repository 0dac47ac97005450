// What apply and rollback would do: the current state, the scope, the changes (a dry run).
import type { AlarmClients } from './clients.ts';
import { describeState, type DescribedState } from './describe-state.ts';
import { diffStates, scopeOf } from './diff.ts';
import type { BackupFile, Change, GroupState, Scope } from './types.ts';

export interface Plan {
  readonly current: DescribedState;
  readonly desired: GroupState;
  readonly scope: Scope;
  readonly changes: readonly Change[];
}

export async function planApply(c: AlarmClients, desired: GroupState, replace: boolean): Promise<Plan> {
  const current = await describeState(c, desired.asgName, desired.alarms.map((a) => a.AlarmName));
  const scope = scopeOf(desired, current.state, replace);
  return { current, desired, scope, changes: diffStates(current.state, desired, scope) };
}

/** Rollback: the backup's state is desired; in scope is everything it holds and everything the apply managed. */
export async function planRollback(c: AlarmClients, backup: BackupFile): Promise<Plan> {
  const desired = backup.state;
  const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
  const scope: Scope = {
    policies: union(backup.managed.policies, desired.policies.map((p) => p.PolicyName)),
    alarms: union(backup.managed.alarms, desired.alarms.map((a) => a.AlarmName)),
    scheduled: union(backup.managed.scheduled, desired.scheduled.map((s) => s.ScheduledActionName)),
  };
  const current = await describeState(c, desired.asgName, scope.alarms);
  return { current, desired, scope, changes: diffStates(current.state, desired, scope) };
}
