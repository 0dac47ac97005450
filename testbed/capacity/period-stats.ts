// The target response times of one publishing period as (bucket → count), handed over and reset by
// `take()`, so memory never grows with traffic. Counts live in the model's cumulative totals.
import { responseTimeBucketMs } from './response-time-buckets.ts';

export class PeriodStats {
  private responseTimesMs = new Map<number, number>();

  recordResponse(responseMs: number): void {
    const bucket = responseTimeBucketMs(responseMs);
    this.responseTimesMs.set(bucket, (this.responseTimesMs.get(bucket) ?? 0) + 1);
  }

  /** Target response time bucket (ms) → count since the last take. */
  take(): ReadonlyMap<number, number> {
    const taken = this.responseTimesMs;
    this.responseTimesMs = new Map();
    return taken;
  }
}
