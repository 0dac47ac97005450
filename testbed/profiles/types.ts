// An environment profile: how one Moodle-on-AWS hosting design is built, as data (testbed/profiles/
// NAME.json). Times are real AWS seconds; the testbed's time scale shrinks the autoscaling ones.

export type DistributionSpec = { readonly kind: 'lognormal'; readonly cv: number } | { readonly kind: 'exponential' } | { readonly kind: 'fixed' };

export interface InstanceSpec {
  /** For the ground truth and labels only, e.g. "c6i.large". */
  readonly type: string;
  /** vCPUs: PHP runs on these, processor-shared. */
  readonly cores: number;
  /** PHP-FPM pm.max_children: requests in progress at once. */
  readonly workers: number;
  /** Requests waiting for a worker beyond which connections are refused (the LB answers 502). */
  readonly queueLimit: number;
}

export interface HealthCheckSpec {
  readonly intervalSeconds: number;
  readonly healthyThreshold: number;
  readonly unhealthyThreshold: number;
}

export interface LoadBalancerSpec {
  readonly healthCheck: HealthCheckSpec;
  /** Connection draining before a scaled-in instance is terminated. */
  readonly deregistrationDelaySeconds: number;
}

export type Comparison = 'GreaterThanOrEqualToThreshold' | 'GreaterThanThreshold' | 'LessThanThreshold' | 'LessThanOrEqualToThreshold';
export type Statistic = 'Average' | 'Sum' | 'Maximum' | 'Minimum' | 'SampleCount';

/** Metrics an alarm of the testbed's own policy can watch (dimensions follow from the environment). */
export type AlarmMetric =
  | 'AWS/EC2:CPUUtilization'
  | 'AWS/ApplicationELB:RequestCountPerTarget'
  | 'AWS/ApplicationELB:RequestCount'
  | 'AWS/ApplicationELB:TargetResponseTime'
  | 'AWS/RDS:CPUUtilization';

/** MetricIntervalLowerBound/UpperBound are relative to the threshold, as in PutScalingPolicy. */
export interface StepSpec {
  readonly lower: number | null;
  readonly upper: number | null;
  /** ChangeInCapacity: instances to add (negative: remove). */
  readonly adjustment: number;
}

export interface StepAlarmSpec {
  readonly name: string;
  readonly metric: AlarmMetric;
  readonly statistic: Statistic;
  readonly comparison: Comparison;
  readonly threshold: number;
  /** 10, 20, 30 or a multiple of 60 (PutMetricAlarm's rule). */
  readonly periodSeconds: number;
  readonly evaluationPeriods: number;
  readonly datapointsToAlarm: number;
  readonly steps: readonly StepSpec[];
}

export interface StepPolicySpec {
  readonly type: 'step';
  /** No further scaling activity until this long after the last one. */
  readonly cooldownSeconds: number;
  readonly alarms: readonly StepAlarmSpec[];
}

export interface TargetTrackingSpec {
  readonly type: 'target-tracking';
  readonly metric: 'ASGAverageCPUUtilization' | 'ALBRequestCountPerTarget';
  readonly targetValue: number;
  /** Instance warmup: a new instance's metrics do not count towards scaling until then. */
  readonly warmupSeconds: number;
  readonly scaleInCooldownSeconds: number;
  readonly disableScaleIn: boolean;
}

export interface AutoScalingSpec {
  readonly min: number;
  readonly max: number;
  readonly desired: number;
  /** Launch to the instance being up (EC2 pending + user data + Moodle setup). */
  readonly bootSeconds: number;
  /** After boot, before health checks pass (OPcache, MUC caches warming). */
  readonly warmupSeconds: number;
  readonly policy: StepPolicySpec | TargetTrackingSpec | null;
}

export interface DatabaseSpec {
  readonly engine: 'postgres' | 'mysql';
  readonly instanceClass: string;
  readonly cores: number;
  readonly maxConnections: number;
  /** On the web instance itself (single server): its queries use the instance's cores. */
  readonly colocated: boolean;
}

export type SessionStoreKind = 'database' | 'memcached';

export interface SessionSpec {
  readonly store: SessionStoreKind;
  /** memcached: the cache node's class and vCPUs. */
  readonly nodeType: string;
  readonly cores: number;
  /** Cost of a request's session read + write: DB CPU (database) or cache CPU (memcached), ms. */
  readonly costMs: number;
  /** database: how long a request waits for its session's lock before Moodle fails it. */
  readonly lockTimeoutSeconds: number;
}

export interface FileSystemSpec {
  /** EFS-like throughput budget. */
  readonly throughputMiBps: number;
}

export interface TransactionCost {
  /** Web CPU, DB CPU and other wait (network, disk) per request at service-time scale 1, ms. */
  readonly cpuMs: number;
  readonly dbMs: number;
  readonly waitMs: number;
  /** Read from / written to the shared file system, KiB. */
  readonly ioKiB: number;
}

export interface CostsSpec {
  readonly cpuScale: number;
  readonly dbScale: number;
  readonly ioScale: number;
  readonly distribution: DistributionSpec;
  /** Replaces the calibrated cost of these transactions. */
  readonly transactions: Readonly<Record<string, TransactionCost>>;
}

export interface TenantsSpec {
  readonly count: number;
  /** Web CPU multiplier from many sites sharing caches and OPcache. */
  readonly cpuOverhead: number;
}

export type ResourceName = 'web-cpu' | 'web-workers' | 'db-cpu' | 'db-connections' | 'session-store' | 'file-system';

export interface EnvironmentProfile {
  readonly name: string;
  readonly description: string;
  /** What the profile is built to show; the ground truth must compute the same. */
  readonly designedBottleneck: ResourceName;
  readonly instance: InstanceSpec;
  readonly loadBalancer: LoadBalancerSpec;
  readonly autoScaling: AutoScalingSpec;
  readonly database: DatabaseSpec | null;
  readonly sessions: SessionSpec | null;
  readonly fileSystem: FileSystemSpec | null;
  readonly costs: CostsSpec;
  readonly tenants: TenantsSpec;
  /** Requests per transaction the capacity figures are computed for (normalised on load). */
  readonly mix: Readonly<Record<string, number>>;
  /** Real seconds per AWS second for boot, warmup, alarm periods, cooldowns, health checks. */
  readonly timeScale: number;
}

/** What a caller may change on a loaded profile (CLI flags, tests). */
export interface ProfileOverrides {
  readonly workers?: number;
  readonly queueLimit?: number;
  readonly cores?: number;
  readonly minInstances?: number;
  readonly maxInstances?: number;
  readonly desiredInstances?: number;
  readonly timeScale?: number;
  readonly sessionLockTimeoutSeconds?: number;
}
