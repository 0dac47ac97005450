// Types of the yearly demand: a term calendar, hourly history, and the hour-by-hour result.

export interface DatedRange {
  readonly name: string;
  /** Inclusive first and last day, YYYY-MM-DD (UTC). */
  readonly start: string;
  readonly end: string;
}

export interface ExamWeek extends DatedRange {
  /** Demand relative to an ordinary in-term hour. */
  readonly factor: number;
}

export interface BusinessHours {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  readonly days: readonly number[];
  /** Hours [from, to) in UTC. */
  readonly from: number;
  readonly to: number;
}

export interface NonProduction {
  /** Instances in non-production environments (staging, test) of the same type. */
  readonly instances: number;
  readonly businessHours: BusinessHours;
}

export interface TermCalendar {
  readonly path: string;
  /** First day of the year being planned, YYYY-MM-DD (UTC). */
  readonly start: string;
  /** Site requests/s at the busiest ordinary in-term hour; null = twice the baseline (assumed). */
  readonly peakRps: number | null;
  readonly growth: number;
  readonly outOfTermFactor: number;
  readonly terms: readonly DatedRange[];
  readonly examWeeks: readonly ExamWeek[];
  /** Monday … Sunday, relative (normalised to a maximum of 1). */
  readonly weekdayShape: readonly number[];
  /** Hours 0 … 23 UTC, relative (normalised to a maximum of 1). */
  readonly hourShape: readonly number[];
  readonly nonProduction: NonProduction | null;
}

/** One hourly datapoint of history (e.g. ALB RequestCount, Sum, period 3600). */
export interface HourlyPoint {
  readonly t: number;
  readonly requests: number;
}

/** Demand for the coming year, hour by hour. */
export interface YearDemand {
  readonly startMs: number;
  readonly source: string;
  /** Site requests/s averaged over each hour. */
  readonly rps: readonly number[];
}
