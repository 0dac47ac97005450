// Public types of the testbed: a loopback-only Moodle web tier in miniature that publishes
// ALB/EC2-shaped metrics to CloudWatch (moto in tests), so the whole toolkit runs without AWS.
import type { AwsTarget, EnvironmentDescription } from '../aws/types.ts';
import type { TestbedFault } from './app/faults.ts';
import type { PutMetricDataCommandInput } from '@aws-sdk/client-cloudwatch';
import type { ServiceTimeDistribution } from './capacity/distributions.ts';
import type { GroundTruth } from './ground-truth/types.ts';
import type { ModelSnapshot } from './hosting/types.ts';
import type { BatchLimits } from './metrics/batches.ts';
import type { EnvironmentProfile, ProfileOverrides } from './profiles/types.ts';

export type { ServiceTimeDistribution } from './capacity/distributions.ts';
export type { EnvironmentProfile, ProfileOverrides } from './profiles/types.ts';
export type { GroundTruth } from './ground-truth/types.ts';

export interface TestbedOptions {
  /** 0 = pick a free port. */
  readonly port: number;
  /** Only 127.0.0.1 is accepted; present so a CLI flag can be refused with a clear error. */
  readonly host?: string;
  /** How many student accounts to create (student001…). */
  readonly users: number;
  /** PHP worker slots: requests served at once. Without a `profile` only; with one use `overrides`. */
  readonly workers: number;
  /** Requests waiting beyond the workers before the load balancer answers 502. Without a `profile` only. */
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
  /** The quiz autosave period pages announce (Moodle's default 60 s); tests shorten it. */
  readonly quizAutosaveSeconds?: number;
  /** A broken mode for tests (app/faults.ts); null or absent = a healthy site. */
  readonly fault?: TestbedFault | null;
  /**
   * The hosting environment: a profile name (testbed/profiles/NAME.json), a path to a profile file,
   * or a profile. Absent: one instance with `workers` slots, a core each, no database or cache.
   */
  readonly profile?: string | EnvironmentProfile;
  /** Changes to the profile (workers, instances, time scale, lock timeout…). */
  readonly overrides?: ProfileOverrides;
  /** Called with every PutMetricData request after it was sent (tests, debugging). */
  readonly onPutMetricData?: (input: PutMetricDataCommandInput) => void;
  /** PutMetricData batch limits; default the API's (1000 data, 1 MB). */
  readonly putMetricDataLimits?: BatchLimits;
}

export interface Testbed {
  /** http://127.0.0.1:PORT, no trailing slash (Moodle's wwwroot). */
  readonly url: string;
  /** Token of the web-service user (webservice/rest/server.php), for `moodle-capacity discover`. */
  readonly webServiceToken: string;
  /** `username,password` header, then one line per user. */
  readonly usersCsvPath: string;
  /** JSON of `environment`; rewritten as instances are launched (their CPU metrics are listed). */
  readonly environmentPath: string;
  readonly environment: EnvironmentDescription;
  /** ground-truth.json next to environment.json (schema: ground-truth/types.ts), kept up to date. */
  readonly groundTruthPath: string;
  /** tenants.json in the scenarios' format when the profile has more than one tenant, else null. */
  readonly tenantsPath: string | null;
  /** The profile it runs, overrides applied. */
  readonly profile: EnvironmentProfile;
  /** The ground truth as it stands (capacities, bottleneck, scaling events so far). */
  groundTruth(): GroundTruth;
  /** The model's cumulative counters now (what every metric is computed from). */
  snapshot(): ModelSnapshot;
  /** Closes the server (in-flight requests finish), publishes the last partial period, awaits every PutMetricData. */
  stop(): Promise<void>;
}
