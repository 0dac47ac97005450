// The counters kept for every slice of a run (the whole run, a transaction, a scenario, a tenant, a
// time bucket). All of them add when slices merge, and the histogram merges, so splitting a run over
// load generators or time never changes a total or a percentile. Cost: O(1) per sample.
import { Histogram } from './histogram.ts';

/** Status classes: index 0 = no response (status 0: timeout, refused), 1..5 = 1xx..5xx, 6 = no or odd status tag. */
export const STATUS_CLASS_NAMES = ['none', '1xx', '2xx', '3xx', '4xx', '5xx', 'unknown'] as const;

export function statusClass(status: number): number {
  if (status === 0) return 0;
  if (status >= 100 && status < 600) return Math.floor(status / 100);
  return 6;
}

export class GroupStats {
  requests = 0;
  failed = 0;
  /** Requests by status class (see STATUS_CLASS_NAMES). */
  readonly byStatus = new Float64Array(7);
  /** Failed requests (http_req_failed = 1) by status class. */
  readonly failedByStatus = new Float64Array(7);
  readonly latency = new Histogram();
  iterations = 0;
  iterationDurationSumMs = 0;
  iterationDurationCount = 0;
  droppedIterations = 0;
  checksPassed = 0;
  checksFailed = 0;
  /** Sum of the scenarios' moodle_failures counter. */
  failures = 0;
  dataSentBytes = 0;
  dataReceivedBytes = 0;

  merge(o: GroupStats): void {
    this.requests += o.requests;
    this.failed += o.failed;
    for (let i = 0; i < 7; i++) {
      this.byStatus[i] = (this.byStatus[i] ?? 0) + (o.byStatus[i] ?? 0);
      this.failedByStatus[i] = (this.failedByStatus[i] ?? 0) + (o.failedByStatus[i] ?? 0);
    }
    this.latency.merge(o.latency);
    this.iterations += o.iterations;
    this.iterationDurationSumMs += o.iterationDurationSumMs;
    this.iterationDurationCount += o.iterationDurationCount;
    this.droppedIterations += o.droppedIterations;
    this.checksPassed += o.checksPassed;
    this.checksFailed += o.checksFailed;
    this.failures += o.failures;
    this.dataSentBytes += o.dataSentBytes;
    this.dataReceivedBytes += o.dataReceivedBytes;
  }
}

/**
 * One time bucket. VUs come from k6's `vus` gauge, one value a second per load generator: vusSum adds
 * those values (one per generator-second), vusSeconds counts the distinct seconds that had one, so the
 * mean number of VUs is vusSum / vusSeconds whatever the number of generators.
 */
export class TimeBucket extends GroupStats {
  vusSum = 0;
  vusSeconds = 0;
  vusPeak = 0;
  /** Peak of k6's vus_max gauge (VUs allocated). */
  vusAllocatedPeak = 0;

  /** Adds a bucket of the same time from another load generator. */
  mergeGenerator(o: TimeBucket): void {
    this.merge(o);
    this.vusSum += o.vusSum;
    this.vusSeconds = Math.max(this.vusSeconds, o.vusSeconds);
    this.vusPeak += o.vusPeak;
    this.vusAllocatedPeak += o.vusAllocatedPeak;
  }

  /** Adds a later bucket of the same load generator (coarser time resolution). */
  mergeTime(o: TimeBucket): void {
    this.merge(o);
    this.vusSum += o.vusSum;
    this.vusSeconds += o.vusSeconds;
    this.vusPeak = Math.max(this.vusPeak, o.vusPeak);
    this.vusAllocatedPeak = Math.max(this.vusAllocatedPeak, o.vusAllocatedPeak);
  }
}
