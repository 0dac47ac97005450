// The two candidate dynamic rules for a given utilisation: target tracking, and step scaling with its
// own alarms (2 of 2 minutes out, so it reacts a minute sooner than target tracking; 15 of 15 in at
// 60 % of the threshold, so one removal cannot push the rest back over it).
import { rpsAtMetric, metricValue } from '../replay/metric.ts';
import type { CpuFit, ScalingMetric, StepPolicy, TargetTrackingPolicy } from '../types.ts';

export const STEP_OUT_MINUTES = 2;
export const TT_OUT_MINUTES = 3;
export const SCALE_IN_COOLDOWN_SECONDS = 300;
/** Step scale-in threshold as a fraction of the scale-out threshold (hysteresis). */
export const STEP_IN_FRACTION = 0.6;

export interface PolicyFacts {
  readonly metric: ScalingMetric;
  readonly planningRpsPerInstance: number;
  readonly cpu: CpuFit | null;
  readonly saturationRps: number;
  readonly warmupSeconds: number;
}

/** The metric's value at utilisation u of the planning capacity, rounded as one would type it. */
export function targetValueAt(u: number, f: PolicyFacts): number {
  const v = metricValue(f.metric, u * f.planningRpsPerInstance, f.cpu, f.saturationRps);
  return f.metric === 'ALBRequestCountPerTarget' ? Math.max(1, Math.round(v)) : Math.max(1, Math.round(v));
}

export function utilisationOf(targetValue: number, f: PolicyFacts): number {
  return rpsAtMetric(f.metric, targetValue, f.cpu, f.saturationRps) / f.planningRpsPerInstance;
}

export function targetTracking(u: number, f: PolicyFacts): TargetTrackingPolicy {
  return {
    kind: 'target-tracking',
    metric: f.metric,
    targetValue: targetValueAt(u, f),
    instanceWarmupSeconds: f.warmupSeconds,
    scaleInCooldownSeconds: SCALE_IN_COOLDOWN_SECONDS,
  };
}

export function stepScaling(u: number, f: PolicyFacts): StepPolicy {
  const threshold = targetValueAt(u, f);
  const statistic = f.metric === 'ALBRequestCountPerTarget' ? 'Sum' : 'Average';
  const common = { statistic, periodSeconds: 60, treatMissingData: 'missing' } as const;
  // A breach of x % above the threshold needs about x % more capacity to get back under it.
  const out = (fraction: number): number => Math.round(threshold * fraction * 1000) / 1000;
  return {
    kind: 'step',
    metric: f.metric,
    instanceWarmupSeconds: f.warmupSeconds,
    scaleOut: {
      alarm: { ...common, threshold, comparison: 'GreaterThanOrEqualToThreshold', evaluationPeriods: STEP_OUT_MINUTES, datapointsToAlarm: STEP_OUT_MINUTES },
      adjustmentType: 'PercentChangeInCapacity',
      minAdjustmentMagnitude: 1,
      steps: [
        { lower: 0, upper: out(0.1), adjustment: 10 },
        { lower: out(0.1), upper: out(0.25), adjustment: 25 },
        { lower: out(0.25), upper: out(0.5), adjustment: 50 },
        { lower: out(0.5), upper: null, adjustment: 100 },
      ],
      cooldownSeconds: 0,
    },
    scaleIn: {
      // treatMissingData notBreaching: no data must never remove instances.
      alarm: { ...common, treatMissingData: 'notBreaching', threshold: out(STEP_IN_FRACTION), comparison: 'LessThanOrEqualToThreshold', evaluationPeriods: 15, datapointsToAlarm: 15 },
      adjustmentType: 'PercentChangeInCapacity',
      minAdjustmentMagnitude: 1,
      steps: [{ lower: null, upper: 0, adjustment: -10 }],
      cooldownSeconds: SCALE_IN_COOLDOWN_SECONDS,
    },
  };
}
