import { describe, expect, it } from 'vitest';
import { AlarmEvaluator, breaches } from '../../../testbed/autoscaling/alarm.ts';
import { statisticOf } from '../../../testbed/autoscaling/alarm-metric.ts';
import { matchingStep } from '../../../testbed/autoscaling/scaling-policy.ts';

describe('AlarmEvaluator (M out of N)', () => {
  it('goes to ALARM when 2 of the last 3 datapoints breach, and back to OK when they age out', () => {
    const alarm = new AlarmEvaluator({ comparison: 'GreaterThanOrEqualToThreshold', threshold: 70, evaluationPeriods: 3, datapointsToAlarm: 2 });
    const states = [50, 75, 60, 80, 75, 40, 30].map((v) => (alarm.add(v), alarm.state));
    expect(states).toEqual(['OK', 'OK', 'OK', 'ALARM', 'ALARM', 'ALARM', 'OK']);
  });

  it('reports state changes only', () => {
    const alarm = new AlarmEvaluator({ comparison: 'LessThanThreshold', threshold: 10, evaluationPeriods: 1, datapointsToAlarm: 1 });
    expect(alarm.add(5)).toBe(true);
    expect(alarm.add(4)).toBe(false);
    expect(alarm.add(50)).toBe(true);
  });

  it('never breaches on missing data', () => {
    const alarm = new AlarmEvaluator({ comparison: 'LessThanOrEqualToThreshold', threshold: 30, evaluationPeriods: 2, datapointsToAlarm: 2 });
    alarm.add(null);
    alarm.add(10);
    expect(alarm.state).toBe('OK');
    alarm.add(10);
    expect(alarm.state).toBe('ALARM');
  });

  it.each([
    ['GreaterThanOrEqualToThreshold', true],
    ['GreaterThanThreshold', false],
    ['LessThanThreshold', false],
    ['LessThanOrEqualToThreshold', true],
  ] as const)('%s: a datapoint equal to the threshold breaches: %s', (comparison, expected) => {
    expect(breaches({ comparison, threshold: 70 }, 70)).toBe(expected);
  });
});

describe('statisticOf', () => {
  it('computes CloudWatch statistics over datapoints; none for no data', () => {
    expect(statisticOf([10, 20, 60], 'Average')).toBe(30);
    expect(statisticOf([10, 20, 60], 'Sum')).toBe(90);
    expect(statisticOf([10, 20, 60], 'Maximum')).toBe(60);
    expect(statisticOf([10, 20, 60], 'Minimum')).toBe(10);
    expect(statisticOf([10, 20, 60], 'SampleCount')).toBe(3);
    expect(statisticOf([], 'Average')).toBeNull();
  });
});

describe('matchingStep (PutScalingPolicy step bounds relative to the threshold)', () => {
  const up = [
    { lower: 0, upper: 20, adjustment: 1 },
    { lower: 20, upper: null, adjustment: 2 },
  ];
  const down = [
    { lower: -10, upper: 0, adjustment: -1 },
    { lower: null, upper: -10, adjustment: -2 },
  ];
  it('above the threshold: lower inclusive, upper exclusive', () => {
    expect(matchingStep(up, 0)?.adjustment).toBe(1);
    expect(matchingStep(up, 19.9)?.adjustment).toBe(1);
    expect(matchingStep(up, 20)?.adjustment).toBe(2);
    expect(matchingStep(up, -1)).toBeUndefined();
  });
  it('below the threshold: lower exclusive, upper inclusive', () => {
    expect(matchingStep(down, 0)?.adjustment).toBe(-1);
    expect(matchingStep(down, -10)?.adjustment).toBe(-2);
    expect(matchingStep(down, -9.5)?.adjustment).toBe(-1);
    expect(matchingStep(down, -50)?.adjustment).toBe(-2);
  });
});
