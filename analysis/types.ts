// Shared types of the analyzer. Everything here is plain data: what analyze writes as analysis.json
// (documented field by field in docs/analysis-schema.md) and what the report and compare read.

/** One k6 sample, as parsed from a line of k6's JSON output (`type: "Point"`) by the general parser. */
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

/** Counts by HTTP status class: `none` is status 0 (no response: timeout, refused), `unknown` no status tag. */
export type StatusClassCounts = Readonly<Record<'none' | '1xx' | '2xx' | '3xx' | '4xx' | '5xx' | 'unknown', number>>;

/** One slice of the run: a transaction (k6 `name` tag), a scenario, or a tenant (tag `tenant`). */
export interface SliceSummary {
  readonly name: string;
  readonly requests: number;
  readonly failed: number;
  readonly errorRate: number;
  readonly latency: LatencySummary;
  /** Requests per second over the run's sample window. */
  readonly throughputRps: number;
  readonly requestsByStatus: StatusClassCounts;
  readonly failedByStatus: StatusClassCounts;
  readonly iterations: number;
  readonly droppedIterations: number;
  readonly iterationDurationMeanMs: number | null;
  readonly checksPassed: number;
  readonly checksFailed: number;
  readonly dataSentBytes: number;
  readonly dataReceivedBytes: number;
}

/** A transaction: the k6 `name` tag, or `(unnamed)` for requests a scenario forgot to name. */
export type TransactionSummary = SliceSummary;

/** One point of the common time grid (k6 buckets merged into CloudWatch's period). */
export interface GridPoint {
  /** Start of the period, ms since the epoch (UTC). */
  readonly t: number;
  readonly requests: number;
  readonly failed: number;
  /** Requests per second over the period. */
  readonly rps: number;
  readonly errorRate: number;
  /** Failed requests of the period by status class: what broke (timeouts, 5xx, 4xx) and when. */
  readonly failedByStatus: StatusClassCounts;
  readonly p95Ms: number | null;
  readonly meanLatencyMs: number | null;
  /** Peak of k6's vus gauge (summed over load generators). */
  readonly vusMax: number | null;
  /** Mean of k6's vus gauge over the seconds of the period that had one. */
  readonly vusMean: number | null;
  /** Peak of k6's vus_max gauge (VUs allocated), summed over load generators. */
  readonly vusAllocated: number | null;
  /** Mean web instances in service (CloudWatch's count, carried over gaps, or the environment's fixed count); null when unknown. */
  readonly instances: number | null;
  /** Mean requests in flight (Little's law: the sum of request durations ÷ the period). */
  readonly concurrency: number;
  readonly iterations: number;
  readonly iterationDurationMeanMs: number | null;
  readonly droppedIterations: number;
  readonly checksFailed: number;
  readonly dataReceivedBytes: number;
  readonly dataSentBytes: number;
  /** CloudWatch values by metric id for the same period; null where CloudWatch had no datapoint. */
  readonly cloudwatch: Readonly<Record<string, number | null>>;
}

/** What a CloudWatch metric measures, for the capacity model (null = shown, not modelled). */
export type MetricRole =
  | 'requests'
  | 'instances'
  | 'latency'
  | 'web_cpu'
  | 'db_cpu'
  | 'db_connections'
  | 'session_cpu'
  | 'session_memory'
  | 'fs_io'
  | 'errors';

export interface CloudWatchSeries {
  /** Stable id, e.g. `alb_request_count`. */
  readonly id: string;
  readonly label: string;
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly stat: string;
  readonly unit: string;
  readonly role: MetricRole | null;
  readonly periodSeconds: number;
  readonly points: readonly { readonly t: number; readonly v: number }[];
  /** Periods in the run window for which CloudWatch returned no datapoint (never invented). */
  readonly missingPeriods: number;
  /** The first missing periods' start times (ms), at most 20; the count above is exact. */
  readonly missingTimes: readonly number[];
  /** CloudWatch's own status for the series (Complete, PartialData, InternalError, Forbidden) and messages. */
  readonly status: string;
  readonly messages: readonly string[];
}

/** The clock offset between k6 and CloudWatch, found by cross-correlating the two request series. */
export interface ClockOffset {
  /** The CloudWatch series used (a request count if there is one). */
  readonly seriesId: string;
  /** Seconds to add to k6's clock to match CloudWatch's; positive = CloudWatch's timestamps are later. */
  readonly offsetSeconds: number;
  readonly correlationAtOffset: number;
  readonly correlationAtZero: number;
  /** Lags tried: −searchSeconds … +searchSeconds, in steps of stepSeconds. */
  readonly searchSeconds: number;
  readonly stepSeconds: number;
  readonly periods: number;
  /** The offset k6's own stamping explains: −(mean response time), since k6 times a request at its end. */
  readonly expectedSeconds: number;
  /** True when the best lag beats zero clearly enough, and beyond expectedSeconds, to act on (see docs/analysis-schema.md). */
  readonly significant: boolean;
}

export interface CloudWatchData {
  /** `aws:<region>`, the endpoint, or `file:<path>` for offline input. */
  readonly source: string;
  readonly mode: 'api' | 'offline';
  readonly periodSeconds: number;
  /** Why this period (retention tier, datapoint limit, environment file). */
  readonly periodReason: string;
  readonly series: readonly CloudWatchSeries[];
  /** GetMetricData calls made (pages, retries included) and retries after throttling or errors. */
  readonly calls: number;
  readonly retries: number;
  readonly clockOffset: ClockOffset | null;
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

export interface IngestedFile {
  readonly file: string;
  readonly format: 'json' | 'csv';
  readonly bytes: number;
  readonly lines: number;
  readonly samples: number;
  readonly badLines: number;
  readonly truncated: boolean;
  /** CSV rows with 1-second timestamps (k6's default CSV timeFormat). */
  readonly csvSecondResolutionRows: number;
}

export interface IngestReport {
  readonly files: readonly string[];
  readonly perFile: readonly IngestedFile[];
  readonly lines: number;
  readonly samples: number;
  readonly badLines: number;
  readonly badByReason: Readonly<Record<string, number>>;
  /** The first bad lines with their line numbers (capped, the count above is exact). */
  readonly badExamples: readonly BadRecord[];
  /** True when a file ended mid-stream (k6 killed, gzip cut short). */
  readonly truncated: boolean;
  /** Samples per metric name. */
  readonly metrics: Readonly<Record<string, number>>;
  /** Width of the time buckets kept while reading (1 s unless the run is very long). */
  readonly timelineResolutionSeconds: number;
  /** Tag values refused because too many distinct values were seen (they count as `(other)`). */
  readonly overflowedNames: number;
}

export interface Totals {
  readonly requests: number;
  readonly failed: number;
  readonly errorRate: number;
  readonly latency: LatencySummary;
  readonly requestsByStatus: StatusClassCounts;
  readonly failedByStatus: StatusClassCounts;
  readonly throughputRps: number;
  readonly iterations: number;
  readonly iterationDurationMeanMs: number | null;
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

export interface CheckSummary {
  readonly name: string;
  readonly passes: number;
  readonly fails: number;
}

/** A number with its 95 % interval and how it was obtained. */
export interface Estimate {
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly method: string;
}

export interface LinearFit {
  readonly n: number;
  readonly intercept: number;
  readonly slope: number;
  readonly interceptStdError: number;
  readonly slopeStdError: number;
  /** Covariance of intercept and slope. */
  readonly covariance: number;
  readonly residualStdError: number;
  readonly rSquared: number;
  /** 95 % confidence interval of the slope (Student t, n − 2 degrees of freedom). */
  readonly slopeLow: number;
  readonly slopeHigh: number;
}

/** One resource against throughput: utilisation = intercept + slope × throughput (the utilisation law). */
export interface ResourceFit {
  readonly resource: ResourceName;
  readonly role: MetricRole;
  readonly seriesId: string;
  readonly label: string;
  /** What the throughput axis is: per-instance requests/s for the web tier, site requests/s for shared tiers. */
  readonly throughputBasis: 'per-instance' | 'site';
  readonly ceiling: number;
  readonly fit: LinearFit;
  readonly pearson: number;
  readonly spearman: number;
  /** Highest utilisation seen in the run. */
  readonly maxObserved: number;
  /** The periods fitted: x throughput on the fit's basis (each period divided by its own instance count), y utilisation. */
  readonly observed: readonly { readonly x: number; readonly y: number }[];
  /** Site requests/s at which the fitted line reaches the ceiling, with a delta-method interval. */
  readonly saturationSiteRps: Estimate | null;
  readonly evidence: string;
}

/** A resource by the names the testbed's ground truth uses. */
export type ResourceName = 'web-cpu' | 'web-workers' | 'db-cpu' | 'db-connections' | 'session-store' | 'file-system';

export interface Bottleneck {
  /** The resource that saturates first as load grows. */
  readonly resource: ResourceName;
  readonly seriesId: string;
  /** Site requests/s at which it reaches its ceiling. */
  readonly saturationSiteRps: Estimate;
  readonly evidence: readonly string[];
}

export interface Knee {
  /**
   * Highest site requests/s of a period that met the SLO (p95, errors < 1 %, no dropped iterations), on
   * the run's usual instance count (capacity.instances.count): a period served by more instances after a
   * scale-out counts as its requests/s × that count ÷ its own instances.
   */
  readonly throughputRps: number;
  readonly p95Ms: number | null;
  readonly errorRate: number;
  /** The lowest throughput above it that broke the SLO, if any: the knee lies between the two. */
  readonly firstBreachRps: number | null;
  readonly breachReason: string | null;
  readonly periodsMeetingSlo: number;
  readonly periodsWithLoad: number;
}

export interface KneedleResult {
  readonly throughputRps: number;
  readonly p95Ms: number;
  /** Height of the normalised difference curve at the knee (0 … 1; larger = sharper). */
  readonly strength: number;
  readonly points: number;
}

export interface UslFit {
  readonly lambda: Estimate;
  readonly sigma: Estimate;
  readonly kappa: Estimate;
  /** N* = √((1 − σ)/κ); null when κ = 0 (no retrograde region within reach). */
  readonly peakConcurrency: Estimate | null;
  /** X(N*), or the asymptote λ/σ when κ = 0; null when neither exists (σ = κ = 0: linear within the data). */
  readonly peakThroughputRps: Estimate | null;
  /** What the throughput and concurrency are per: one web instance, or the whole site. */
  readonly basis: 'per-instance' | 'site';
  readonly rSquared: number;
  readonly residualStdError: number;
  readonly points: number;
  /** The periods fitted, on the fit's basis: requests in flight and requests/s (per instance: each period by its own count). */
  readonly observed: readonly { readonly concurrency: number; readonly throughput: number }[];
  readonly concurrency: 'in-flight requests (Little’s law)';
}

export interface LittlesLawCheck {
  readonly valid: boolean;
  readonly reasons: readonly string[];
  readonly droppedIterations: number;
  /** Median over loaded periods of (iterations/s × mean iteration time) ÷ mean VUs; ≈ 1 for a closed model. */
  readonly busyRatioMedian: number | null;
  readonly periodsAtVuLimit: number;
  readonly periods: number;
}

export interface GroundTruthComparison {
  readonly file: string;
  readonly profile: string | null;
  readonly expectedPerInstanceRps: number;
  readonly measuredPerInstanceRps: number | null;
  readonly relativeError: number | null;
  readonly withinTolerance: boolean;
  readonly tolerance: number;
  readonly expectedBottleneck: string;
  /** The resource that saturates for it (db-cpu for database sessions). */
  readonly expectedVia: string;
  readonly measuredBottleneck: string | null;
  readonly bottleneckMatches: boolean;
}

export interface CapacityModel {
  readonly slo: { readonly p95Ms: number; readonly maxErrorRate: number; readonly source: string };
  /** False when the load generator was saturated or dropped iterations: the numbers below are then a lower bound. */
  readonly valid: boolean;
  readonly invalidReasons: readonly string[];
  readonly loadGenerator: LittlesLawCheck;
  readonly instances: { readonly count: number | null; readonly source: string };
  readonly knee: Knee | null;
  readonly kneedle: KneedleResult | null;
  readonly usl: UslFit | null;
  readonly resources: readonly ResourceFit[];
  readonly bottleneck: Bottleneck | null;
  /** Highest load that met the SLO (observed), or the projection when the run never reached it. */
  readonly maxSustainableRps: { readonly site: Estimate | null; readonly perInstance: Estimate | null; readonly basis: string };
  /** Throughput at which the bottleneck is 100 % busy (the utilisation law's projection). */
  readonly saturationRps: { readonly site: Estimate | null; readonly perInstance: Estimate | null };
  /** Concurrent learners one instance carries at the run's scenario mix: per-instance rps × iteration time ÷ requests per iteration. */
  readonly learnersPerInstance: Estimate | null;
  readonly groundTruth: GroundTruthComparison | null;
  readonly notes: readonly string[];
}

export interface Analysis {
  readonly schema: 'moodle-capacity/analysis@3';
  readonly generatedAt: string;
  readonly run: RunFacts;
  readonly ingest: IngestReport;
  readonly totals: Totals;
  readonly transactions: readonly TransactionSummary[];
  readonly scenarios: readonly SliceSummary[];
  readonly tenants: readonly SliceSummary[];
  readonly checks: readonly CheckSummary[];
  readonly grid: {
    readonly periodSeconds: number;
    readonly points: readonly GridPoint[];
  };
  readonly cloudwatch: CloudWatchData | null;
  readonly capacity: CapacityModel | null;
  /** Things the reader should know (no CloudWatch configured, truncated output, …). */
  readonly notes: readonly string[];
}
