// Types of reserved-instance / Savings Plan sizing.
import type { CommitmentId } from '../../pricing/types.ts';

export interface CommitmentOption {
  readonly id: CommitmentId;
  readonly label: string;
  readonly effectiveHourly: number;
  /** u* = effective commitment hourly ÷ on-demand hourly. */
  readonly breakEvenUtilisation: number;
  /** How many to buy: the k-th pays while the share of hours needing ≥ k instances exceeds u*. */
  readonly count: number;
  /** Share of the year's hours that need at least `count` instances. */
  readonly shareAtCount: number;
  /** Yearly cost: commitments for every hour + on-demand for the hours above them. */
  readonly annualCost: number;
  readonly annualSavings: number;
  /** First month whose cumulative savings cover the upfront payment; null when it cannot be computed. */
  readonly breakEvenMonth: number | null;
  readonly note: string;
}

export interface OffHoursSaving {
  readonly instances: number;
  readonly hoursOffPerYear: number;
  readonly annualSavings: number;
  readonly reasoning: string;
}

export interface RiSizing {
  readonly region: string;
  readonly instanceType: string;
  readonly onDemandHourly: number;
  readonly priceSource: string;
  readonly priceDate: string;
  readonly demandSource: string;
  readonly hours: number;
  /** Instances needed each hour (the policy at its target utilisation), for the duration curve. */
  readonly instancesByHour: readonly number[];
  readonly allOnDemandCost: number;
  readonly options: readonly CommitmentOption[];
  /** The option with the largest saving (null when there are no commitment prices). */
  readonly best: CommitmentOption | null;
  readonly offHours: OffHoursSaving | null;
  readonly notes: readonly string[];
}
