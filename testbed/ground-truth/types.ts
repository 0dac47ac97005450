// The ground truth a testbed writes next to environment.json (ground-truth.json): the capacity it
// was built with, computed analytically from the profile, and every scaling event with its time.
// The analyzer compares its findings with this. Schema version in `schema`; fields only get added.
import type { ScalingEvent } from '../autoscaling/types.ts';
import type { EnvironmentProfile, ResourceName } from '../profiles/types.ts';

export const GROUND_TRUTH_SCHEMA = 'moodle-capacity/testbed-ground-truth@1';

export interface ResourceCapacity {
  readonly resource: ResourceName;
  /** 'instance': per web instance (site capacity = × instances); 'site': shared by all. */
  readonly scope: 'instance' | 'site';
  /** Requests per second of the profile's mix this resource sustains at 100 % busy. */
  readonly capacityRps: number;
  /** How it was computed, with the numbers. */
  readonly formula: string;
  /** The CloudWatch metric that shows it filling up (null: none AWS publishes). */
  readonly metric: { readonly namespace: string; readonly metricName: string } | null;
}

export interface SiteCapacity {
  readonly instances: number;
  readonly capacityRps: number;
  readonly limitedBy: ResourceName;
}

export interface Bottleneck {
  /** What limits the site. 'session-store' when database sessions take most of the database. */
  readonly resource: ResourceName;
  /** The resource that saturates (db-cpu for database sessions; otherwise the same as resource). */
  readonly via: ResourceName;
  readonly instances: number;
  readonly capacityRps: number;
  readonly why: string;
}

/** Mean cost of one request of the mix (service-time scale, profile scales and tenants applied). */
export interface PerRequest {
  readonly webCpuMs: number;
  /** Queries plus, for database sessions, the session read/write. */
  readonly dbCpuMs: number;
  /** Of dbCpuMs: the session read/write (0 unless sessions are in the database). */
  readonly sessionDbMs: number;
  /** Cache node CPU (memcached sessions). */
  readonly cacheCpuMs: number;
  readonly fileSystemKiB: number;
  readonly fileSystemMs: number;
  /** Neither CPU nor IO budget: network, disk and other waits. */
  readonly otherWaitMs: number;
  /** Time a request holds its worker (and DB connection, and session lock) with nothing else running. */
  readonly residenceMs: number;
}

export interface AlarmTruth {
  readonly name: string;
  readonly metric: string;
  readonly statistic: string;
  readonly comparison: string;
  readonly threshold: number;
  readonly periodSeconds: number;
  readonly evaluationPeriods: number;
  readonly datapointsToAlarm: number;
}

export interface GroundTruth {
  readonly schema: typeof GROUND_TRUTH_SCHEMA;
  readonly profile: EnvironmentProfile;
  readonly startedAt: string;
  /** null until the testbed has stopped. */
  readonly stoppedAt: string | null;
  /** Dimension values the testbed publishes under. */
  readonly resourceIds: Readonly<Record<string, string>>;
  /** Share of requests per transaction (sums to 1). */
  readonly mix: Readonly<Record<string, number>>;
  readonly perRequest: PerRequest;
  readonly resources: readonly ResourceCapacity[];
  readonly instance: { readonly type: string; readonly cores: number; readonly workers: number; readonly queueLimit: number; readonly capacityRps: number; readonly limitedBy: ResourceName };
  readonly site: { readonly atMin: SiteCapacity; readonly atMax: SiteCapacity };
  /** What saturates first as load grows with the group at its minimum size. */
  readonly bottleneck: Bottleneck;
  /** What stops the site at the group's maximum size. */
  readonly ceiling: Bottleneck;
  /** Database sessions: one user's requests run one at a time, at most this many per second. */
  readonly sessionLock: { readonly perSessionRps: number; readonly holdMs: number; readonly timeoutSeconds: number } | null;
  readonly scaling: {
    readonly min: number;
    readonly max: number;
    readonly desired: number;
    readonly bootSeconds: number;
    readonly warmupSeconds: number;
    readonly timeScale: number;
    readonly policy: 'step' | 'target-tracking' | null;
    readonly alarms: readonly AlarmTruth[];
  };
  /** In time order; the oldest are dropped past 10 000 (eventsDropped counts them). */
  readonly events: readonly ScalingEvent[];
  readonly eventsDropped: number;
}
