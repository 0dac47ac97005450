// Export as a CloudFormation template (YAML): ScalingPolicy, Alarm (actions by Ref to the policy,
// which yields its ARN) and ScheduledAction resources for an existing group passed as a parameter.
// The group settings go in Metadata: they belong on the user's AWS::AutoScaling::AutoScalingGroup.
// Logical ids end in the kind: a policy and its alarm share a name.
import { stringify } from 'yaml';
import { policyActionName } from './canonical.ts';
import { logicalId } from './logical-id.ts';
import { clean } from './stable-json.ts';
import type { AlarmDefinitions } from './types.ts';

export function exportCloudFormation(defs: AlarmDefinitions, description: string): string {
  const d = defs.desired;
  const asg = { Ref: 'AutoScalingGroupName' };
  const resources: Record<string, unknown> = {};
  for (const p of d.policies) {
    resources[`${logicalId(p.PolicyName)}Policy`] = {
      Type: 'AWS::AutoScaling::ScalingPolicy',
      Properties: clean({ AutoScalingGroupName: asg, ...p, PolicyName: undefined }),
    };
  }
  for (const a of d.alarms) {
    const action = (x: string): unknown => {
      const policy = policyActionName(x);
      return policy === null ? x : { Ref: `${logicalId(policy)}Policy` };
    };
    resources[`${logicalId(a.AlarmName)}Alarm`] = {
      Type: 'AWS::CloudWatch::Alarm',
      Properties: clean({
        ...a,
        AlarmActions: a.AlarmActions.map(action),
        OKActions: a.OKActions.length === 0 ? undefined : a.OKActions.map(action),
        InsufficientDataActions: a.InsufficientDataActions.length === 0 ? undefined : a.InsufficientDataActions.map(action),
      }),
    };
  }
  for (const s of d.scheduled) {
    resources[`${logicalId(s.ScheduledActionName)}Schedule`] = {
      Type: 'AWS::AutoScaling::ScheduledAction',
      Properties: clean({ AutoScalingGroupName: asg, ...s, ScheduledActionName: undefined }),
    };
  }
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: description,
    Metadata: {
      MoodleCapacityGroupSettings: {
        Note: 'Set these on your AWS::AutoScaling::AutoScalingGroup (MinSize, MaxSize, DefaultInstanceWarmup).',
        ...defs.group,
      },
    },
    Parameters: { AutoScalingGroupName: { Type: 'String', Default: d.asgName, Description: 'The Moodle web tier Auto Scaling group' } },
    Resources: resources,
  };
  return stringify(template, { lineWidth: 0 });
}
