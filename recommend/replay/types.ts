// Types of the discrete-event replay: one tick per minute, the fleet, and what each minute looked like.
import type { LatencyModel } from '../latency-model.ts';
import type { CpuFit } from '../types.ts';

/** The replay runs minute by minute: CloudWatch alarms evaluate one-minute datapoints. */
export const TICK_SECONDS = 60;

/** The share of minutes that must have p95 under the SLO for a policy to pass. */
export const SLO_MINUTE_SHARE = 0.99;

export interface ReplayPlatform {
  readonly latency: LatencyModel;
  readonly sloP95Ms: number;
  readonly cpu: CpuFit | null;
  /** Launch to in service. */
  readonly bootSeconds: number;
  /** In service to useful (caches warm); the instance neither serves nor counts in metrics before. */
  readonly warmupSeconds: number;
  /** Delay before a minute's datapoint is visible to alarms. */
  readonly metricLagSeconds: number;
}

export interface Instance {
  /** Tick at whose start the instance was launched (billing starts then). */
  readonly launchedTick: number;
  /** Seconds from the replay's start at which it serves. */
  readonly readyAtSeconds: number;
}

export interface ReplayMinute {
  readonly minute: number;
  readonly demandRps: number;
  readonly serving: number;
  /** Serving plus booting/warming: what is billed. */
  readonly running: number;
  readonly p95Ms: number;
  readonly overSlo: boolean;
  readonly errors: number;
  /** The scaling metric's datapoint (null when nothing serves). */
  readonly metric: number | null;
}

export interface ReplaySummary {
  readonly minutes: number;
  readonly minutesOverSlo: number;
  readonly shareUnderSlo: number;
  readonly meetsSlo: boolean;
  readonly requests: number;
  readonly errors: number;
  readonly errorRate: number;
  readonly instanceHours: number;
  readonly peakInstances: number;
}

export interface ReplayResult {
  readonly policyLabel: string;
  readonly summary: ReplaySummary;
  readonly timeline: readonly ReplayMinute[];
}

/** What a scaling rule sees of the group at the end of a minute. */
export interface FleetView {
  readonly serving: number;
  /** Instances serving in the minute of the newest visible datapoint: the metric averages over them. */
  readonly servingAtDatapoint: number;
  readonly running: number;
  readonly minCapacity: number;
  readonly maxCapacity: number;
  /** Seconds since the replay's start at the end of this minute (when the decision is taken). */
  readonly nowSeconds: number;
}

/** A rule's memory between minutes (cooldowns). */
export interface RuleMemory {
  lastScaleInSeconds: number;
  scaleOutBlockedUntilSeconds: number;
}

/** Change the group by this many instances (positive: launch, negative: terminate), or 0. */
export type Decision = number;
