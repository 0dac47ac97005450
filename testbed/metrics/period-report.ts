// One publishing period, from two snapshots of the model's cumulative counters plus the period's
// response-time histogram: the values CloudWatch gets.
import { instanceCpuPercents } from '../autoscaling/alarm-metric.ts';
import { utilisationPercent } from '../capacity/utilisation.ts';
import type { GroupGauges, ModelSnapshot, ServerTotals } from '../hosting/types.ts';

export interface ServerPeriod {
  readonly cpuPercent: number;
  /** Mean open connections over the period. */
  readonly connections: number;
}

export interface PeriodReport {
  /** Epoch ms; the data's Timestamp is the start. */
  readonly startMs: number;
  readonly endMs: number;
  /** Every request the load balancer received, its own 5XX included. */
  readonly requestCount: number;
  /** Requests handed to a target. */
  readonly routed: number;
  readonly target5xx: number;
  readonly elb502: number;
  readonly elb503: number;
  /** Target response time bucket (ms) → count. */
  readonly responseTimesMs: ReadonlyMap<number, number>;
  readonly instances: readonly { readonly id: string; readonly cpuPercent: number }[];
  /** Gauges at the period's end. */
  readonly group: GroupGauges;
  readonly database: ServerPeriod | null;
  readonly cache: ServerPeriod | null;
  readonly fileSystem: { readonly totalBytes: number; readonly percentIoLimit: number; readonly clientConnections: number } | null;
}

function serverPeriod(a: ServerTotals | null, b: ServerTotals | null, ms: number): ServerPeriod | null {
  if (a === null || b === null) return null;
  return { cpuPercent: utilisationPercent(b.busyCoreMs - a.busyCoreMs, b.cores, ms), connections: (b.connectionMs - a.connectionMs) / ms };
}

export function periodReport(prev: ModelSnapshot, cur: ModelSnapshot, responseTimesMs: ReadonlyMap<number, number>): PeriodReport {
  const ms = Math.max(1e-9, cur.atMs - prev.atMs);
  const t0 = prev.traffic;
  const t1 = cur.traffic;
  const fs0 = prev.fileSystem;
  const fs1 = cur.fileSystem;
  return {
    startMs: prev.atMs,
    endMs: cur.atMs,
    requestCount: t1.requests - t0.requests,
    routed: t1.routed - t0.routed,
    target5xx: t1.target5xx - t0.target5xx,
    elb502: t1.elb502 - t0.elb502,
    elb503: t1.elb503 - t0.elb503,
    responseTimesMs,
    instances: instanceCpuPercents(prev, cur, false).map(({ instance, percent }) => ({ id: instance.id, cpuPercent: percent })),
    group: cur.group,
    database: serverPeriod(prev.database, cur.database, ms),
    cache: serverPeriod(prev.cache, cur.cache, ms),
    fileSystem:
      fs0 === null || fs1 === null
        ? null
        : { totalBytes: fs1.bytes - fs0.bytes, percentIoLimit: utilisationPercent(fs1.busyMs - fs0.busyMs, 1, ms), clientConnections: fs1.clients },
  };
}
