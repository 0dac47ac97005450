// Public types of the testbed: a loopback-only Moodle web tier in miniature that publishes
// ALB/EC2-shaped metrics to CloudWatch (moto in tests), so the whole toolkit runs without AWS.
import type { AwsTarget, EnvironmentDescription } from '../aws/types.ts';
import type { ServiceTimeDistribution } from './capacity/distributions.ts';

export type { ServiceTimeDistribution } from './capacity/distributions.ts';

export interface TestbedOptions {
  /** 0 = pick a free port. */
  readonly port: number;
  /** Only 127.0.0.1 is accepted; present so a CLI flag can be refused with a clear error. */
  readonly host?: string;
  /** How many student accounts to create (student001…). */
  readonly users: number;
  /** PHP worker slots: requests served at once. */
  readonly workers: number;
  /** Requests waiting beyond the workers before the load balancer answers 503. */
  readonly queueLimit: number;
  /** Multiplies the per-transaction mean service times (0 = instant). */
  readonly serviceTimeScale: number;
  /** How service times vary around their mean; default lognormal with CV 0.3. */
  readonly serviceTimeDistribution?: ServiceTimeDistribution;
  /** Where to PutMetricData; null = do not publish. */
  readonly cloudwatch: AwsTarget | null;
  /** Whole seconds; < 60 publishes high-resolution metrics (StorageResolution 1). */
  readonly publishPeriodSeconds: number;
  /** Where users.csv and environment.json are written (created if missing). */
  readonly dataDir: string;
}

export interface Testbed {
  /** http://127.0.0.1:PORT, no trailing slash (Moodle's wwwroot). */
  readonly url: string;
  /** `username,password` header, then one line per user. */
  readonly usersCsvPath: string;
  /** JSON of `environment`. */
  readonly environmentPath: string;
  readonly environment: EnvironmentDescription;
  /** Closes the server (in-flight requests finish), publishes the last partial period, awaits every PutMetricData. */
  stop(): Promise<void>;
}
