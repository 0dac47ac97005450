import { describe, expect, it } from 'vitest';
import { diffStates, formatChanges, hasChanges, scopeOf } from '../../../aws/alarms/diff.ts';
import type { GroupState } from '../../../aws/alarms/types.ts';

const policy = (name: string, target: number) => ({ PolicyName: name, PolicyType: 'TargetTrackingScaling', TargetTrackingConfiguration: { TargetValue: target } });
const state = (policies: GroupState['policies']): GroupState => ({ asgName: 'g', policies, alarms: [], scheduled: [] });

describe('diff of scaling states', () => {
  it('creates, updates with the changed fields, keeps what is out of scope, deletes what is in it', () => {
    const current = state([policy('a', 50), policy('b', 60), policy('old', 70)]);
    const desired = state([policy('a', 50), policy('b', 65), policy('c', 40)]);
    const changes = diffStates(current, desired, scopeOf(desired, current, false));
    expect(changes.map((c) => `${c.name}:${c.action}`)).toEqual(['a:unchanged', 'b:update', 'c:create', 'old:keep']);
    expect(changes.find((c) => c.name === 'b')?.fields).toEqual([{ field: 'TargetTrackingConfiguration', from: { TargetValue: 60 }, to: { TargetValue: 65 } }]);
    const replace = diffStates(current, desired, scopeOf(desired, current, true));
    expect(replace.find((c) => c.name === 'old')?.action).toBe('delete');
    expect(formatChanges(changes)).toContain('~ policy b: update\n      TargetTrackingConfiguration: {"TargetValue":60} → {"TargetValue":65}');
  });

  it('has no changes when the states are equal whatever the key order', () => {
    const a = state([{ PolicyType: 'StepScaling', PolicyName: 'x', StepAdjustments: [{ ScalingAdjustment: 1, MetricIntervalLowerBound: 0 }] }]);
    const b = state([{ PolicyName: 'x', PolicyType: 'StepScaling', StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 1 }] }]);
    expect(hasChanges(diffStates(a, b, scopeOf(b, a, true)))).toBe(false);
  });
});
