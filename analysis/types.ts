// Shared types of the analyzer. Everything here is plain data: what analyze writes as analysis.json
// and what the report and the recommendation rules read.

/** One k6 sample, as parsed from a line of k6's JSON output (`type: "Point"`). */
export interface K6Sample {
  readonly metric: string;
  /** Milliseconds since the Unix epoch (k6 writes RFC 3339 with nanoseconds; sub-ms is dropped). */
  readonly timeMs: number;
  readonly value: number;
  readonly tags: Readonly<Record<string, string>>;
}

/** A line that could not be used, kept as data so the run can still be analysed. */
export interface BadRecord {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
}

/** What one line of k6 JSON output turned out to be. */
export type K6Line =
  | { readonly kind: 'sample'; readonly sample: K6Sample }
  | { readonly kind: 'metric' } // a metric declaration: nothing to count
  | { readonly kind: 'blank' }
  | { readonly kind: 'bad'; readonly reason: string };

/** Percentiles of a latency distribution, in milliseconds, taken from a mergeable histogram. */
export interface LatencySummary {
  readonly count: number;
  readonly minMs: number | null;
  readonly maxMs: number | null;
  readonly meanMs: number | null;
  readonly p50Ms: number | null;
  readonly p90Ms: number | null;
  readonly p95Ms: number | null;
  readonly p99Ms: number | null;
}

export interface TransactionSummary {
  /** The k6 `name` tag (the transaction), or the URL when a scenario forgot to set it. */
  readonly name: string;
  readonly requests: number;
  readonly failed: number;
  readonly errorRate: number;
  readonly latency: LatencySummary;
}

/** One point of the common time grid (k6 buckets merged into CloudWatch's period). */
export interface GridPoint {
  /** Start of the period, ms since the epoch (UTC). */
  readonly t: number;
  readonly requests: number;
  readonly failed: number;
  /** Requests per second over the period. */
  readonly rps: number;
  readonly errorRate: number;
  readonly p95Ms: number | null;
  readonly vusMax: number | null;
  /** CloudWatch values by metric id for the same period; null where CloudWatch had no datapoint. */
  readonly cloudwatch: Readonly<Record<string, number | null>>;
}

export interface CloudWatchSeries {
  /** Stable id, e.g. `alb_request_count`. */
  readonly id: string;
  readonly label: string;
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly stat: string;
  readonly unit: string;
  readonly periodSeconds: number;
  readonly points: readonly { readonly t: number; readonly v: number }[];
  /** Periods in the run window for which CloudWatch returned no datapoint (never invented). */
  readonly missingPeriods: number;
}

export interface RunFacts {
  readonly dir: string;
  readonly scenario: string;
  readonly profile: string;
  readonly target: string;
  readonly k6Version: string;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly status: string;
  readonly abortReason: string | null;
}

export interface IngestReport {
  readonly files: readonly string[];
  readonly lines: number;
  readonly samples: number;
  readonly badLines: number;
  /** The first bad lines with their line numbers (capped, the count above is exact). */
  readonly badExamples: readonly BadRecord[];
  /** True when a file ended mid-stream (k6 killed, gzip cut short). */
  readonly truncated: boolean;
}

export interface Totals {
  readonly requests: number;
  readonly failed: number;
  readonly errorRate: number;
  readonly latency: LatencySummary;
  readonly iterations: number;
  readonly droppedIterations: number;
  readonly checksPassed: number;
  readonly checksFailed: number;
  /** Check failures by kind (login_rejected, session_lost, …) from the scenarios' moodle_failures counter. */
  readonly failuresByKind: Readonly<Record<string, number>>;
  readonly vusMax: number;
  readonly dataReceivedBytes: number;
  readonly dataSentBytes: number;
  /** First and last sample time, ms since the epoch. */
  readonly firstSampleMs: number | null;
  readonly lastSampleMs: number | null;
}

export interface Analysis {
  readonly schema: 'moodle-capacity/analysis@1';
  readonly generatedAt: string;
  readonly run: RunFacts;
  readonly ingest: IngestReport;
  readonly totals: Totals;
  readonly transactions: readonly TransactionSummary[];
  readonly grid: {
    readonly periodSeconds: number;
    readonly points: readonly GridPoint[];
  };
  readonly cloudwatch: {
    readonly source: string;
    readonly series: readonly CloudWatchSeries[];
  } | null;
  /** Things the reader should know (no CloudWatch configured, truncated output, …). */
  readonly notes: readonly string[];
}
