// Shared types of the hosting model: the web instances, the load balancer and the shared services.

/**
 * pending: booting, not registered. initial: registered, health checks not passed yet (warming up).
 * healthy / unhealthy: by the load balancer's health checks. draining: deregistered, finishing its
 * requests. terminated: gone.
 */
export type InstanceState = 'pending' | 'initial' | 'healthy' | 'unhealthy' | 'draining' | 'terminated';

/** Counters that only grow, read by the metrics publisher and each alarm as differences. */
export interface TrafficTotals {
  /** Every request the load balancer received. */
  readonly requests: number;
  /** Requests handed to a target. */
  readonly routed: number;
  readonly target5xx: number;
  readonly elb502: number;
  readonly elb503: number;
  /** Target response times of the requests targets answered. */
  readonly responseMsSum: number;
  readonly responses: number;
}

export interface InstanceTotals {
  readonly id: string;
  /** 1 for the first instance launched, 2 for the next… (stable metric ids). */
  readonly index: number;
  readonly state: InstanceState;
  readonly cores: number;
  readonly busyCoreMs: number;
  readonly launchedAtMs: number;
  /** When it started reporting (boot complete); null while pending. */
  readonly bootedAtMs: number | null;
  readonly terminatedAtMs: number | null;
  readonly served: number;
}

export interface ServerTotals {
  readonly cores: number;
  readonly busyCoreMs: number;
  readonly connectionMs: number;
  readonly connections: number;
}

export interface FileSystemTotals {
  readonly bytes: number;
  readonly busyMs: number;
  readonly clients: number;
}

export interface GroupGauges {
  readonly min: number;
  readonly max: number;
  readonly desired: number;
  readonly inService: number;
  readonly pending: number;
  readonly healthy: number;
  readonly unhealthy: number;
}

/** Everything the metrics are computed from, at one instant. */
export interface ModelSnapshot {
  readonly atMs: number;
  readonly traffic: TrafficTotals;
  readonly instances: readonly InstanceTotals[];
  readonly group: GroupGauges;
  /** null: no separate database server (none, or on the web instance). */
  readonly database: ServerTotals | null;
  /** null: sessions are not in a cache cluster. */
  readonly cache: ServerTotals | null;
  readonly fileSystem: FileSystemTotals | null;
  readonly sessionLocks: { readonly waited: number; readonly timedOut: number } | null;
}
