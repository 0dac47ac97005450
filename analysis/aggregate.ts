// Folds k6 samples into per-second buckets and per-transaction totals as they stream past: memory
// grows with the run's length and the number of transactions, never with the number of samples.
import { Histogram } from './histogram.ts';
import type { K6Sample } from './types.ts';

export class Bucket {
  requests = 0;
  failed = 0;
  readonly latency = new Histogram();
  vusMax = 0;

  merge(other: Bucket): void {
    this.requests += other.requests;
    this.failed += other.failed;
    this.latency.merge(other.latency);
    this.vusMax = Math.max(this.vusMax, other.vusMax);
  }
}

export class RunAggregate {
  /** Second since the epoch → bucket. */
  readonly seconds = new Map<number, Bucket>();
  /** Transaction (k6 `name` tag) → bucket. */
  readonly transactions = new Map<string, Bucket>();
  readonly total = new Bucket();
  iterations = 0;
  droppedIterations = 0;
  checksPassed = 0;
  checksFailed = 0;
  dataReceivedBytes = 0;
  dataSentBytes = 0;
  readonly failuresByKind = new Map<string, number>();
  firstSampleMs: number | null = null;
  lastSampleMs: number | null = null;

  add(sample: K6Sample): void {
    const { metric, value, timeMs, tags } = sample;
    if (this.firstSampleMs === null || timeMs < this.firstSampleMs) this.firstSampleMs = timeMs;
    if (this.lastSampleMs === null || timeMs > this.lastSampleMs) this.lastSampleMs = timeMs;
    switch (metric) {
      case 'http_reqs':
        this.second(timeMs).requests += value;
        this.transaction(tags).requests += value;
        this.total.requests += value;
        break;
      case 'http_req_duration':
        this.second(timeMs).latency.add(value);
        this.transaction(tags).latency.add(value);
        this.total.latency.add(value);
        break;
      case 'http_req_failed':
        if (value !== 0) {
          this.second(timeMs).failed += 1;
          this.transaction(tags).failed += 1;
          this.total.failed += 1;
        }
        break;
      case 'vus': {
        const bucket = this.second(timeMs);
        bucket.vusMax = Math.max(bucket.vusMax, value);
        this.total.vusMax = Math.max(this.total.vusMax, value);
        break;
      }
      case 'iterations':
        this.iterations += value;
        break;
      case 'dropped_iterations':
        this.droppedIterations += value;
        break;
      case 'checks':
        if (value !== 0) this.checksPassed += 1;
        else this.checksFailed += 1;
        break;
      case 'data_received':
        this.dataReceivedBytes += value;
        break;
      case 'data_sent':
        this.dataSentBytes += value;
        break;
      case 'moodle_failures': {
        const kind = tags['kind'] ?? 'unknown';
        this.failuresByKind.set(kind, (this.failuresByKind.get(kind) ?? 0) + value);
        break;
      }
      default:
        break;
    }
  }

  private second(timeMs: number): Bucket {
    const key = Math.floor(timeMs / 1000);
    let bucket = this.seconds.get(key);
    if (bucket === undefined) {
      bucket = new Bucket();
      this.seconds.set(key, bucket);
    }
    return bucket;
  }

  private transaction(tags: Readonly<Record<string, string>>): Bucket {
    const name = tags['name'] ?? tags['url'] ?? '(unnamed)';
    let bucket = this.transactions.get(name);
    if (bucket === undefined) {
      bucket = new Bucket();
      this.transactions.set(name, bucket);
    }
    return bucket;
  }
}
