// recommendation.json: what `recommend` writes and `report` and `alarms export|apply` read.
import type { RiSizing } from './ri/types.ts';
import type { CapacityInput, ScalingRecommendation } from './types.ts';

export const RECOMMENDATION_SCHEMA = 'moodle-capacity/recommendation@1';

export interface ExecutiveSummary {
  /** Site requests/s the tested instances sustained, and per instance. */
  readonly testedSiteRps: number;
  readonly perInstanceRps: number;
  /** Requests/s at the recommended maximum capacity (planning capacity × max). */
  readonly atMaxCapacityRps: number;
  readonly learnersPerInstance: number | null;
  readonly breaksFirst: string;
  readonly set: string;
  readonly buy: string;
  readonly annualCost: number | null;
  readonly annualSavings: number | null;
  readonly currency: string;
}

export interface Recommendation {
  readonly schema: typeof RECOMMENDATION_SCHEMA;
  readonly generatedAt: string;
  readonly runDir: string | null;
  readonly region: string;
  readonly capacity: CapacityInput;
  readonly summary: ExecutiveSummary;
  readonly scaling: ScalingRecommendation;
  /** Null when neither a calendar nor hourly history was given. */
  readonly ri: RiSizing | null;
  readonly prices: { readonly path: string; readonly label: string; readonly snapshotDate: string; readonly currency: string } | null;
  readonly peak: { readonly label: string; readonly source: string };
  /** Every assumption the numbers rest on, in plain words. */
  readonly assumptions: readonly string[];
}
