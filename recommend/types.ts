// Shared types of the recommendation rules. The rules read only these (never analysis.json directly):
// recommend/from-analysis.ts maps an analysis (plus explicit facts) to CapacityInput, so a change in the
// analyzer's schema touches one adapter file.

/** A measured point of the latency curve: p95 at a given load per instance. */
export interface LatencyPoint {
  readonly rpsPerInstance: number;
  readonly p95Ms: number;
}

/** CPU utilisation (%) of one instance as a straight line in its load (rps), from a fit of the run. */
export interface CpuFit {
  readonly interceptPct: number;
  readonly slopePctPerRps: number;
  /** Goodness of fit; the CPU metric is only recommended when the line explains the data well. */
  readonly r2: number;
}

/** Universal Scalability Law parameters, when the analyzer fitted them (for the report). */
export interface UslFit {
  readonly lambda: number;
  readonly sigma: number;
  readonly kappa: number;
}

/** Where a fact came from, so the report can say "measured", "from facts.json" or "assumed". */
export type FactSource = 'measured' | 'facts file' | 'flag' | 'assumed';

export interface Sourced<T> {
  readonly value: T;
  readonly source: FactSource;
  /** One line: how it was obtained ("highest rate with p95 under the SLO, errors < 1 %"). */
  readonly note: string;
}

/** Everything the scaling and sizing rules need to know about the platform. */
export interface CapacityInput {
  /** Highest sustainable requests/s of one instance (p95 under the SLO, errors < 1 %). */
  readonly perInstanceRps: Sourced<number>;
  /** Uncertainty band of the above; the rules plan with the low end. */
  readonly perInstanceRpsLow: number;
  readonly perInstanceRpsHigh: number;
  /** Measured p95 against load per instance (may be empty; then the queue model alone is used). */
  readonly latencyCurve: readonly LatencyPoint[];
  /** p95 at (near) zero load, ms: the service time floor of the queue model. */
  readonly baseP95Ms: number;
  readonly sloP95Ms: Sourced<number>;
  readonly cpu: CpuFit | null;
  readonly bootSeconds: Sourced<number>;
  readonly warmupSeconds: Sourced<number>;
  readonly azCount: Sourced<number>;
  /** Ordinary (non-peak) site load, requests/s. */
  readonly baselineRps: Sourced<number>;
  /** Requests/s one active learner generates (think time included), for "learners per instance". */
  readonly rpsPerLearner: number | null;
  /** What limits an instance first, in words ("web CPU", "database connections"), or null. */
  readonly bottleneck: Sourced<string> | null;
  /** Knee of the throughput/latency curve (per instance), or null. */
  readonly knee: LatencyPoint | null;
  readonly usl: UslFit | null;
  /** Instances behind the load balancer during the test (to turn site rates into per-instance ones). */
  readonly instancesUnderTest: number;
  readonly instanceType: Sourced<string>;
}

/** One piece of a peak profile: a linear ramp to `toRps` over `minutes`. */
export interface PeakStage {
  readonly minutes: number;
  readonly toRps: number;
  /** A known event (term start, exam slot): gets scheduled pre-scaling. Unlabelled stages do not. */
  readonly event?: string;
}

export interface PeakProfile {
  readonly label: string;
  readonly source: FactSource;
  readonly startRps: number;
  readonly stages: readonly PeakStage[];
}

/** A profile expanded minute by minute. */
export interface DemandSeries {
  readonly label: string;
  readonly tickSeconds: number;
  readonly rps: readonly number[];
  /** Known events, as tick ranges [start, end). */
  readonly events: readonly { readonly label: string; readonly start: number; readonly end: number }[];
}

// ---- Scaling policies, as data: what the rules recommend, what the replay runs, what alarms export.

export type ScalingMetric = 'ASGAverageCPUUtilization' | 'ALBRequestCountPerTarget';

/** Minimum capacity raised for a window of the peak (minutes from the profile's start). */
export interface ScheduledAction {
  readonly name: string;
  readonly startMinute: number;
  readonly endMinute: number;
  readonly minCapacity: number;
  /** Why this window and this number, in plain words. */
  readonly reason: string;
}

export interface TargetTrackingPolicy {
  readonly kind: 'target-tracking';
  readonly metric: ScalingMetric;
  /** Percent for CPU; requests per target per minute for ALBRequestCountPerTarget. */
  readonly targetValue: number;
  readonly instanceWarmupSeconds: number;
  /** Fixed by AWS for target tracking: 3 of 3 one-minute datapoints out, 15 of 15 in at ~90 % of target. */
  readonly scaleInCooldownSeconds: number;
}

export interface StepAdjustment {
  /** Bounds of (metric − threshold), in metric units; null = unbounded on that side. */
  readonly lower: number | null;
  readonly upper: number | null;
  readonly adjustment: number;
}

export type AdjustmentType = 'ChangeInCapacity' | 'PercentChangeInCapacity';

export interface StepAlarm {
  readonly threshold: number;
  readonly comparison: 'GreaterThanOrEqualToThreshold' | 'GreaterThanThreshold' | 'LessThanOrEqualToThreshold' | 'LessThanThreshold';
  readonly statistic: 'Average' | 'Sum';
  readonly periodSeconds: number;
  readonly evaluationPeriods: number;
  readonly datapointsToAlarm: number;
  readonly treatMissingData: 'missing' | 'notBreaching' | 'breaching' | 'ignore';
}

export interface StepRule {
  readonly alarm: StepAlarm;
  readonly adjustmentType: AdjustmentType;
  readonly minAdjustmentMagnitude: number | null;
  /** Bounds relative to the threshold; for scale-in they are ≤ 0 and adjustments negative. */
  readonly steps: readonly StepAdjustment[];
  /** Simple scaling waits this long after an activity; step scaling uses warmup instead (0). */
  readonly cooldownSeconds: number;
}

export interface StepPolicy {
  readonly kind: 'step';
  readonly metric: ScalingMetric;
  readonly scaleOut: StepRule;
  readonly scaleIn: StepRule;
  readonly instanceWarmupSeconds: number;
}

export interface StaticPolicy {
  readonly kind: 'static';
}

export type ScalingRule = TargetTrackingPolicy | StepPolicy | StaticPolicy;

/** A whole group configuration: capacity bounds, the dynamic rule and scheduled pre-scaling. */
export interface GroupPolicy {
  readonly label: string;
  readonly minCapacity: number;
  readonly maxCapacity: number;
  readonly rule: ScalingRule;
  readonly scheduled: readonly ScheduledAction[];
}

/** A number with the reason for it in plain words. */
export interface Reasoned<T> {
  readonly value: T;
  readonly reasoning: string;
}

/** One candidate the search tried: the utilisation, and how the replay went. */
export interface CandidateTrial {
  readonly kind: 'target-tracking' | 'step';
  readonly utilisation: number;
  readonly shareUnderSlo: number;
  readonly instanceHours: number;
}

/** The scaling half of recommendation.json. Replays are kept whole for the report's charts. */
export interface ScalingRecommendation {
  readonly policy: GroupPolicy;
  /** The other kind of rule at its own best utilisation, for comparison. */
  readonly alternative: GroupPolicy;
  readonly metric: Reasoned<ScalingMetric>;
  readonly planningRpsPerInstance: Reasoned<number>;
  readonly minCapacity: Reasoned<number>;
  readonly maxCapacity: Reasoned<number>;
  readonly reactionSeconds: Reasoned<number>;
  readonly utilisation: Reasoned<number>;
  readonly targetValue: Reasoned<number>;
  readonly instanceWarmupSeconds: Reasoned<number>;
  readonly scheduled: readonly ScheduledAction[];
  readonly trials: readonly CandidateTrial[];
  readonly meetsSlo: boolean;
  /** When no policy meets the SLO: what must change, each verified by a replay where possible. */
  readonly mustChange: readonly string[];
  readonly demand: DemandSeries;
  readonly replays: {
    readonly recommended: import('./replay/types.ts').ReplayResult;
    readonly alternative: import('./replay/types.ts').ReplayResult;
    readonly today: import('./replay/types.ts').ReplayResult;
    readonly staticPeak: import('./replay/types.ts').ReplayResult;
  };
}
