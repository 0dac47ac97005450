// Per-period aggregates of what the load balancer saw: counts and a response-time histogram.
// `take()` hands the period over and starts a fresh one, so memory never grows with traffic.
import { responseTimeBucketMs } from './response-time-buckets.ts';

export interface PeriodTraffic {
  /** Every request the load balancer received, including its own 503s. */
  readonly requestCount: number;
  /** Responses ≥ 500 produced by the target (the app). */
  readonly target5xx: number;
  /** 503s the load balancer answered itself because the backlog was full. */
  readonly elb5xx: number;
  /** Target response time bucket (ms) → count; only requests the target served. */
  readonly responseTimesMs: ReadonlyMap<number, number>;
}

export class PeriodStats {
  private requestCount = 0;
  private target5xx = 0;
  private elb5xx = 0;
  private responseTimesMs = new Map<number, number>();

  recordTargetResponse(status: number, responseMs: number): void {
    this.requestCount++;
    if (status >= 500) this.target5xx++;
    const bucket = responseTimeBucketMs(responseMs);
    this.responseTimesMs.set(bucket, (this.responseTimesMs.get(bucket) ?? 0) + 1);
  }

  recordLoadBalancerRejection(): void {
    this.requestCount++;
    this.elb5xx++;
  }

  take(): PeriodTraffic {
    const traffic: PeriodTraffic = {
      requestCount: this.requestCount,
      target5xx: this.target5xx,
      elb5xx: this.elb5xx,
      responseTimesMs: this.responseTimesMs,
    };
    this.requestCount = 0;
    this.target5xx = 0;
    this.elb5xx = 0;
    this.responseTimesMs = new Map();
    return traffic;
  }
}
