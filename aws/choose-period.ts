// The GetMetricData period for a run window, from CloudWatch's retention tiers (data < 60 s is kept
// 3 hours, 60 s for 15 days, 300 s for 63 days, 3600 s for 455 days) and its limit of 100,800
// datapoints per call, and how many queries fit in one call at that period. Pure.

export const MAX_DATAPOINTS_PER_CALL = 100_800;
export const MAX_QUERIES_PER_CALL = 500;

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export interface PeriodChoice {
  readonly periodSeconds: number;
  readonly reason: string;
  /** Queries per GetMetricData call so that one call never asks for more than 100,800 datapoints. */
  readonly queriesPerCall: number;
  /** The window is older than CloudWatch keeps any data (455 days). */
  readonly expired: boolean;
}

export interface PeriodRequest {
  readonly window: { readonly startMs: number; readonly endMs: number };
  readonly nowMs: number;
  readonly queries: number;
  /** The period the environment asks for (null = the finest the retention allows). */
  readonly requested: number | null;
  /** The finest period the metrics are published at (60 for standard AWS metrics). */
  readonly finestSeconds?: number;
}

/** The finest period CloudWatch still holds for data this old. */
export function retentionFloor(ageMs: number): { readonly seconds: number; readonly tier: string } {
  if (ageMs <= 3 * HOUR) return { seconds: 1, tier: 'younger than 3 hours: high-resolution data is still kept' };
  if (ageMs <= 15 * DAY) return { seconds: 60, tier: 'older than 3 hours: CloudWatch keeps 1-minute data for 15 days' };
  if (ageMs <= 63 * DAY) return { seconds: 300, tier: 'older than 15 days: CloudWatch keeps 5-minute data for 63 days' };
  return { seconds: 3600, tier: 'older than 63 days: CloudWatch keeps 1-hour data for 455 days' };
}

/** The smallest valid period (1, 5, 10, 30, or a multiple of 60) that is ≥ seconds. */
export function validPeriodAtLeast(seconds: number): number {
  for (const p of [1, 5, 10, 30]) if (seconds <= p) return p;
  return Math.ceil(seconds / 60) * 60;
}

export function choosePeriod(r: PeriodRequest): PeriodChoice {
  const windowMs = Math.max(1, r.window.endMs - r.window.startMs);
  const age = r.nowMs - r.window.startMs;
  const floor = retentionFloor(age);
  const expired = age > 455 * DAY;
  const wanted = r.requested ?? r.finestSeconds ?? 60;
  const reasons: string[] = [];
  let period = validPeriodAtLeast(wanted);
  reasons.push(r.requested === null ? `the finest period the metrics are published at (${period} s)` : `the environment's period (${period} s)`);
  if (floor.seconds > period) {
    period = validPeriodAtLeast(floor.seconds);
    reasons.push(`raised to ${period} s: the window starts ${formatAge(age)} ago, ${floor.tier}`);
  } else {
    reasons.push(`the window starts ${formatAge(age)} ago: ${floor.tier}`);
  }
  const perQuery = Math.ceil(windowMs / (period * 1000));
  if (perQuery > MAX_DATAPOINTS_PER_CALL) {
    period = validPeriodAtLeast(windowMs / 1000 / MAX_DATAPOINTS_PER_CALL);
    reasons.push(`raised to ${period} s: one metric over the window would exceed ${MAX_DATAPOINTS_PER_CALL} datapoints per call`);
  }
  const points = Math.ceil(windowMs / (period * 1000));
  const queriesPerCall = Math.max(1, Math.min(MAX_QUERIES_PER_CALL, Math.floor(MAX_DATAPOINTS_PER_CALL / points)));
  if (expired) reasons.push('the window is older than 455 days: CloudWatch keeps none of it');
  return { periodSeconds: period, reason: reasons.join('; '), queriesPerCall, expired };
}

function formatAge(ms: number): string {
  if (ms < 2 * HOUR) return `${Math.round(ms / 60_000)} min`;
  if (ms < 2 * DAY) return `${Math.round(ms / HOUR)} h`;
  return `${Math.round(ms / DAY)} days`;
}
