// The group's size limits (DescribeAutoScalingGroups), or null when the group does not exist.
import { DescribeAutoScalingGroupsCommand } from '@aws-sdk/client-auto-scaling';
import type { AlarmClients } from './clients.ts';

export async function describeGroupSize(c: AlarmClients, asgName: string): Promise<{ MinSize: number; MaxSize: number } | null> {
  const out = await c.autoscaling.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [asgName] }));
  const g = out.AutoScalingGroups?.[0];
  return g === undefined || g.MinSize === undefined || g.MaxSize === undefined ? null : { MinSize: g.MinSize, MaxSize: g.MaxSize };
}
