// Reads the scaling state of one Auto Scaling group back from AWS: its policies (DescribePolicies),
// its scheduled actions (DescribeScheduledActions) and the alarms that act on its policies or carry
// names we manage (DescribeAlarms, all pages, filtered here). Alarms target tracking creates for
// itself (TargetTracking-*) belong to AWS and are left out: AWS re-creates them with the policy.
import { DescribeAlarmsCommand, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { DescribePoliciesCommand, DescribeScheduledActionsCommand, type ScalingPolicy, type ScheduledUpdateGroupAction } from '@aws-sdk/client-auto-scaling';
import { alarmDef, policyDef, scheduledDef } from './canonical.ts';
import type { AlarmClients } from './clients.ts';
import type { GroupState } from './types.ts';

export interface DescribedState {
  readonly state: GroupState;
  /** Policy name → ARN, for wiring alarm actions. */
  readonly arns: ReadonlyMap<string, string>;
}

async function allPolicies(c: AlarmClients, asgName: string): Promise<ScalingPolicy[]> {
  const out: ScalingPolicy[] = [];
  let NextToken: string | undefined;
  do {
    const page = await c.autoscaling.send(new DescribePoliciesCommand({ AutoScalingGroupName: asgName, NextToken }));
    out.push(...(page.ScalingPolicies ?? []));
    NextToken = page.NextToken;
  } while (NextToken !== undefined);
  return out;
}

async function allScheduled(c: AlarmClients, asgName: string): Promise<ScheduledUpdateGroupAction[]> {
  const out: ScheduledUpdateGroupAction[] = [];
  let NextToken: string | undefined;
  do {
    const page = await c.autoscaling.send(new DescribeScheduledActionsCommand({ AutoScalingGroupName: asgName, NextToken }));
    out.push(...(page.ScheduledUpdateGroupActions ?? []));
    NextToken = page.NextToken;
  } while (NextToken !== undefined);
  return out;
}

async function allAlarms(c: AlarmClients): Promise<MetricAlarm[]> {
  const out: MetricAlarm[] = [];
  let NextToken: string | undefined;
  do {
    const page = await c.cloudwatch.send(new DescribeAlarmsCommand({ AlarmTypes: ['MetricAlarm'], NextToken }));
    out.push(...(page.MetricAlarms ?? []));
    NextToken = page.NextToken;
  } while (NextToken !== undefined);
  return out;
}

export async function describeState(c: AlarmClients, asgName: string, alarmNames: readonly string[]): Promise<DescribedState> {
  const policies = (await allPolicies(c, asgName)).filter((p) => p.AutoScalingGroupName === undefined || p.AutoScalingGroupName === asgName);
  const arns = new Map(policies.flatMap((p) => (p.PolicyName !== undefined && p.PolicyARN !== undefined ? [[p.PolicyName, p.PolicyARN] as const] : [])));
  const arnToName = new Map([...arns].map(([name, arn]) => [arn, name]));
  const alarms = (await allAlarms(c)).filter(
    (a) =>
      !(a.AlarmName ?? '').startsWith('TargetTracking-') &&
      (alarmNames.includes(a.AlarmName ?? '') || [...(a.AlarmActions ?? []), ...(a.OKActions ?? [])].some((x) => arnToName.has(x))),
  );
  const byName = <T>(key: (x: T) => string) => (x: T, y: T) => key(x).localeCompare(key(y));
  return {
    arns,
    state: {
      asgName,
      policies: policies.map(policyDef).sort(byName((p) => p.PolicyName)),
      alarms: alarms.map((a) => alarmDef(a, arnToName)).sort(byName((a) => a.AlarmName)),
      scheduled: (await allScheduled(c, asgName)).map(scheduledDef).sort(byName((s) => s.ScheduledActionName)),
    },
  };
}
