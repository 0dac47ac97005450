/** Where CloudWatch is: real AWS (endpoint undefined) or a compatible server such as moto. */
export interface AwsTarget {
  readonly region: string;
  readonly endpoint?: string;
}

/** One CloudWatch metric to pull for a run window, with the statistic that makes sense for it. */
export interface MetricSpec {
  /** Stable id, lowercase with underscores (GetMetricData query ids must start with a letter). */
  readonly id: string;
  readonly label: string;
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Readonly<Record<string, string>>;
  /** Sum, Average, Maximum, Minimum, SampleCount (percentile stats only against real AWS: moto lacks them). */
  readonly stat: string;
  readonly unit: string;
}

/**
 * What `analyze --cloudwatch FILE` reads: where CloudWatch is and which metrics describe the
 * environment under test. The testbed writes one for itself; users write one for their AWS account.
 */
export interface EnvironmentDescription {
  readonly name: string;
  readonly region: string;
  /** Only for a CloudWatch-compatible server (moto); omit for real AWS. */
  readonly endpoint?: string;
  /** Period the environment publishes at, seconds (60 for standard AWS metrics). */
  readonly periodSeconds: number;
  readonly metrics: readonly MetricSpec[];
}
