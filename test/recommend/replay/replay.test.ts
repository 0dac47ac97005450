// Hand-computed replays of a step surge (100 → 200 requests/s at minute 10) with a known boot time.
// Platform: one instance sustains 50 rps with p95 at the 500 ms SLO (p0 = 100 ms, so it saturates at
// 62.5 rps); boot 120 s + warmup 60 s = an instance launched at the end of minute t serves from t + 4.
import { describe, expect, it } from 'vitest';
import { expandProfile } from '../../../recommend/demand-series.ts';
import { latencyModel } from '../../../recommend/latency-model.ts';
import { replay } from '../../../recommend/replay/replay.ts';
import type { ReplayPlatform } from '../../../recommend/replay/types.ts';
import type { GroupPolicy, StepPolicy } from '../../../recommend/types.ts';

const demand = expandProfile({
  label: 'step surge',
  source: 'assumed',
  startRps: 100,
  stages: [
    { minutes: 10, toRps: 100 },
    { minutes: 0, toRps: 200 },
    { minutes: 20, toRps: 200 },
  ],
});

function platform(metricLagSeconds: number): ReplayPlatform {
  return {
    latency: latencyModel({ latencyCurve: [], baseP95Ms: 100, sloP95Ms: 500, perInstanceRps: 50 }),
    sloP95Ms: 500,
    cpu: null,
    bootSeconds: 120,
    warmupSeconds: 60,
    metricLagSeconds,
  };
}

const stepRule: StepPolicy = {
  kind: 'step',
  metric: 'ALBRequestCountPerTarget',
  instanceWarmupSeconds: 180,
  scaleOut: {
    alarm: { threshold: 2500, comparison: 'GreaterThanOrEqualToThreshold', statistic: 'Sum', periodSeconds: 60, evaluationPeriods: 1, datapointsToAlarm: 1, treatMissingData: 'missing' },
    adjustmentType: 'ChangeInCapacity',
    minAdjustmentMagnitude: null,
    steps: [{ lower: 0, upper: null, adjustment: 2 }],
    cooldownSeconds: 0,
  },
  scaleIn: {
    alarm: { threshold: 600, comparison: 'LessThanOrEqualToThreshold', statistic: 'Sum', periodSeconds: 60, evaluationPeriods: 15, datapointsToAlarm: 15, treatMissingData: 'missing' },
    adjustmentType: 'ChangeInCapacity',
    minAdjustmentMagnitude: null,
    steps: [{ lower: null, upper: 0, adjustment: -1 }],
    cooldownSeconds: 300,
  },
};

describe('replay of a step surge', () => {
  it('has 30 minutes of demand with the step at minute 10', () => {
    expect(demand.rps).toHaveLength(30);
    expect(demand.rps[9]).toBe(100);
    expect(demand.rps[10]).toBe(200);
  });

  it('step scaling (1 of 1, +2, no metric lag): 4 minutes over the SLO, 128 instance-minutes', () => {
    // Minute 10: 3 instances at 66.7 rps each (past saturation) → alarm → +2 launched at 660 s, serving
    // at 840 s = minute 14. Minutes 10–13 over the SLO, each losing (200 − 3 × 62.5) × 60 = 750 requests.
    // Billing: 3 instances for minutes 0–10, 5 for minutes 11–29 → 33 + 95 = 128 instance-minutes.
    const policy: GroupPolicy = { label: 'step', minCapacity: 2, maxCapacity: 10, rule: stepRule, scheduled: [] };
    const r = replay(policy, demand, platform(0), 3);
    expect(r.timeline.filter((m) => m.overSlo).map((m) => m.minute)).toEqual([10, 11, 12, 13]);
    expect(r.summary.minutesOverSlo).toBe(4);
    expect(r.summary.errors).toBeCloseTo(3000, 6);
    expect(r.summary.instanceHours).toBeCloseTo(128 / 60, 9);
    expect(r.summary.peakInstances).toBe(5);
    expect(r.summary.shareUnderSlo).toBeCloseTo(26 / 30, 9);
    expect(r.summary.meetsSlo).toBe(false);
  });

  it('target tracking (3 of 3, one minute of metric lag): 7 minutes over the SLO, 122 instance-minutes', () => {
    // Datapoints of minutes 10, 11, 12 are over the 2400 target; with one minute of lag the alarm fires at
    // the end of minute 13: capacity 3 × 4000 / 2400 = 5 → +2 launched at 840 s, serving at 1020 s =
    // minute 17. Over the SLO: minutes 10–16. Billing: 3 × 14 + 5 × 16 = 122 instance-minutes.
    const policy: GroupPolicy = {
      label: 'target tracking',
      minCapacity: 2,
      maxCapacity: 10,
      rule: { kind: 'target-tracking', metric: 'ALBRequestCountPerTarget', targetValue: 2400, instanceWarmupSeconds: 180, scaleInCooldownSeconds: 300 },
      scheduled: [],
    };
    const r = replay(policy, demand, platform(60));
    expect(r.timeline[0]?.running).toBe(3); // steady state for 100 rps at 40 rps per instance
    expect(r.summary.minutesOverSlo).toBe(7);
    expect(r.timeline.filter((m) => m.overSlo).map((m) => m.minute)).toEqual([10, 11, 12, 13, 14, 15, 16]);
    expect(r.summary.errors).toBeCloseTo(7 * 750, 6);
    expect(r.summary.instanceHours).toBeCloseTo(122 / 60, 9);
  });

  it('scheduled pre-scaling to 5 from minute 6 keeps every minute under the SLO', () => {
    // Launched at 360 s, serving at 540 s (minute 9), before the surge. 3 × 6 + 5 × 24 = 138 instance-minutes.
    const policy: GroupPolicy = {
      label: 'target tracking + pre-scaling',
      minCapacity: 2,
      maxCapacity: 10,
      rule: { kind: 'target-tracking', metric: 'ALBRequestCountPerTarget', targetValue: 2400, instanceWarmupSeconds: 180, scaleInCooldownSeconds: 300 },
      scheduled: [{ name: 'surge', startMinute: 6, endMinute: 30, minCapacity: 5, reason: 'test' }],
    };
    const r = replay(policy, demand, platform(60));
    expect(r.summary.minutesOverSlo).toBe(0);
    expect(r.summary.errors).toBe(0);
    expect(r.summary.instanceHours).toBeCloseTo(138 / 60, 9);
    expect(r.summary.meetsSlo).toBe(true);
  });

  it('static provisioning for the peak: never over the SLO, 4 instances for 30 minutes = 2 instance-hours', () => {
    const policy: GroupPolicy = { label: 'static', minCapacity: 4, maxCapacity: 4, rule: { kind: 'static' }, scheduled: [] };
    const r = replay(policy, demand, platform(60));
    expect(r.summary.minutesOverSlo).toBe(0);
    expect(r.summary.instanceHours).toBeCloseTo(2, 9);
  });

  it('scales in after the surge once 15 datapoints are under 90 % of the target', () => {
    const down = expandProfile({ label: 'fall', source: 'assumed', startRps: 200, stages: [{ minutes: 5, toRps: 200 }, { minutes: 0, toRps: 60 }, { minutes: 30, toRps: 60 }] });
    const policy: GroupPolicy = {
      label: 'tt',
      minCapacity: 2,
      maxCapacity: 10,
      rule: { kind: 'target-tracking', metric: 'ALBRequestCountPerTarget', targetValue: 2400, instanceWarmupSeconds: 180, scaleInCooldownSeconds: 300 },
      scheduled: [],
    };
    const r = replay(policy, down, platform(0));
    // 5 instances at 200 rps; from minute 5 each sees 12 rps (720/min < 2160). The 15th low datapoint is
    // minute 19: capacity ceil(5 × 720 / 2400) = 2 (the minimum) from minute 20.
    expect(r.timeline[19]?.running).toBe(5);
    expect(r.timeline[20]?.running).toBe(2);
  });
});
