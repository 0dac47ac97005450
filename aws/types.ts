import type { MetricRole } from '../analysis/types.ts';

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
  /** What the capacity model uses it for; omitted = inferred from namespace, metric and statistic. */
  readonly role?: MetricRole | null;
}

/** The AWS resources of a Moodle site, by the names CloudWatch's dimensions use. */
export interface EnvironmentResources {
  /** ALB, as in its ARN suffix: app/moodle/0123456789abcdef. */
  readonly loadBalancer?: string;
  /** Target group ARN suffix: targetgroup/moodle-web/0123456789abcdef (needs loadBalancer). */
  readonly targetGroup?: string;
  readonly autoScalingGroup?: string;
  /** RDS DBInstanceIdentifier. */
  readonly rdsInstance?: string;
  /** ElastiCache CacheClusterId (the session store). */
  readonly cacheCluster?: string;
  readonly cacheEngine?: 'redis' | 'memcached';
  /** EFS FileSystemId (moodledata). */
  readonly fileSystem?: string;
}

/**
 * What `analyze --cloudwatch FILE` reads: where CloudWatch is and which metrics describe the
 * environment under test. Either an explicit metric list or `resources` (expanded to the standard
 * metrics of each resource), or both. The testbed writes one for itself; users write one for their account.
 */
export interface EnvironmentDescription {
  readonly name: string;
  readonly region: string;
  /** AWS shared-config profile for credentials (as AWS_PROFILE); omit for the default chain. */
  readonly profile?: string;
  /** Only for a CloudWatch-compatible server (moto); omit for real AWS. */
  readonly endpoint?: string;
  /**
   * Period to query, seconds; omitted = chosen from the run window and CloudWatch's retention. The
   * testbed sets it to what it publishes at.
   */
  readonly periodSeconds?: number;
  /** Where Moodle keeps its sessions, if known: database sessions put session work on the DB. */
  readonly sessions?: 'database' | 'cache' | 'file';
  /** Web instances when no instance-count metric is available. */
  readonly instances?: number;
  readonly metrics: readonly MetricSpec[];
}
