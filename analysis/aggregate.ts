// Folds k6 samples (K6Record) into time buckets, per-transaction / scenario / tenant slices, checks and
// failure kinds as they stream past. Memory grows with the run's length (bounded by Timeline) and the
// number of distinct names (bounded by the Interner), never with the number of samples. One aggregate
// per k6 output file (one load generator); mergeGenerator adds them up exactly.
// Cost: O(1) per sample; a duration sample costs one Math.log and up to five histogram increments.
import { GroupStats, statusClass } from './group-stats.ts';
import { bucketIndex } from './histogram.ts';
import type { Interner } from './interner.ts';
import {
  KIND_CHECKS,
  KIND_DATA_RECEIVED,
  KIND_DATA_SENT,
  KIND_DROPPED_ITERATIONS,
  KIND_HTTP_REQ_DURATION,
  KIND_HTTP_REQ_FAILED,
  KIND_HTTP_REQS,
  KIND_ITERATION_DURATION,
  KIND_ITERATIONS,
  KIND_MOODLE_FAILURES,
  KIND_OTHER,
  KIND_VUS,
  KIND_VUS_MAX,
  metricKind,
  type K6Record,
} from './k6-record.ts';
import { CheckCounts, Slices } from './slices.ts';
import { Timeline } from './timeline.ts';

export class RunAggregate {
  readonly timeline: Timeline;
  readonly total = new GroupStats();
  readonly transactions = new Slices();
  readonly scenarios = new Slices();
  readonly tenants = new Slices();
  readonly checks: (CheckCounts | undefined)[] = [];
  readonly failureKinds: (number | undefined)[] = [];
  /** Samples per metric name id (every metric, used or not): a typed array grown as ids appear. */
  private sampleCounts = new Float64Array(64);
  private firstMs = Infinity;
  private lastMs = -Infinity;
  samples = 0;
  /** Metric id → KIND_* + 1 (0 = not looked up yet). */
  private kinds = new Int8Array(64);
  // The last vus sample of this load generator: k6 writes one a second, so each second counts once.
  private lastVusSecond = Number.NaN;
  private lastVusValue = 0;

  /** First and last sample time, ms since the epoch; null before any sample. */
  get firstSampleMs(): number | null {
    return this.samples > 0 ? this.firstMs : null;
  }

  get lastSampleMs(): number | null {
    return this.samples > 0 ? this.lastMs : null;
  }

  constructor(readonly strings: Interner, maxTimeBuckets?: number) {
    this.timeline = new Timeline(maxTimeBuckets);
  }

  kindOf(metric: number): number {
    if (metric < 0) return KIND_OTHER;
    if (metric >= this.kinds.length) this.grow(metric);
    const known = this.kinds[metric] ?? 0;
    if (known !== 0) return known - 1;
    const kind = metricKind(this.strings.text(metric));
    this.kinds[metric] = kind + 1;
    return kind;
  }

  private grow(id: number): void {
    let n = this.kinds.length;
    while (n <= id) n *= 2;
    const kinds = new Int8Array(n);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const counts = new Float64Array(n);
    counts.set(this.sampleCounts);
    this.sampleCounts = counts;
  }

  /** Samples per metric name id (every metric, used or not). */
  get metricSamples(): (number | undefined)[] {
    return Array.from(this.sampleCounts, (n) => (n > 0 ? n : undefined));
  }

  add(r: K6Record): void {
    this.samples++;
    const t = r.timeMs;
    if (t < this.firstMs) this.firstMs = t;
    if (t > this.lastMs) this.lastMs = t;
    const kind = this.kindOf(r.metric);
    if (r.metric >= 0) this.sampleCounts[r.metric] = (this.sampleCounts[r.metric] ?? 0) + 1;
    if (kind === KIND_OTHER) return;
    const second = Math.floor(t / 1000);
    const bucket = this.timeline.at(second);
    const v = r.value;
    switch (kind) {
      case KIND_HTTP_REQS: {
        const cls = statusClass(r.status);
        const txn = this.transactions.get(r.name);
        const scn = this.scenarios.get(r.scenario);
        bucket.requests += v;
        bucket.byStatus[cls] = (bucket.byStatus[cls] ?? 0) + v;
        this.total.requests += v;
        this.total.byStatus[cls] = (this.total.byStatus[cls] ?? 0) + v;
        txn.requests += v;
        txn.byStatus[cls] = (txn.byStatus[cls] ?? 0) + v;
        scn.requests += v;
        scn.byStatus[cls] = (scn.byStatus[cls] ?? 0) + v;
        if (r.tenant >= 0) {
          const ten = this.tenants.get(r.tenant);
          ten.requests += v;
          ten.byStatus[cls] = (ten.byStatus[cls] ?? 0) + v;
        }
        break;
      }
      case KIND_HTTP_REQ_DURATION: {
        if (!(v >= 0) || v === Infinity) break;
        if (v <= 1e-6) {
          bucket.latency.add(v);
          this.total.latency.add(v);
          this.transactions.get(r.name).latency.add(v);
          this.scenarios.get(r.scenario).latency.add(v);
          if (r.tenant >= 0) this.tenants.get(r.tenant).latency.add(v);
          break;
        }
        const index = bucketIndex(v);
        bucket.latency.addAt(index, v);
        this.total.latency.addAt(index, v);
        this.transactions.get(r.name).latency.addAt(index, v);
        this.scenarios.get(r.scenario).latency.addAt(index, v);
        if (r.tenant >= 0) this.tenants.get(r.tenant).latency.addAt(index, v);
        break;
      }
      case KIND_HTTP_REQ_FAILED:
        if (v !== 0) {
          const cls = statusClass(r.status);
          for (const g of this.slicesOf(r, bucket)) {
            g.failed += 1;
            g.failedByStatus[cls] = (g.failedByStatus[cls] ?? 0) + 1;
          }
        }
        break;
      case KIND_VUS: {
        if (second === this.lastVusSecond) {
          if (v > this.lastVusValue) {
            bucket.vusSum += v - this.lastVusValue;
            this.lastVusValue = v;
          }
        } else {
          bucket.vusSum += v;
          bucket.vusSeconds += 1;
          this.lastVusSecond = second;
          this.lastVusValue = v;
        }
        if (v > bucket.vusPeak) bucket.vusPeak = v;
        break;
      }
      case KIND_VUS_MAX:
        if (v > bucket.vusAllocatedPeak) bucket.vusAllocatedPeak = v;
        break;
      case KIND_ITERATIONS:
        for (const g of this.iterationSlicesOf(r, bucket)) g.iterations += v;
        break;
      case KIND_ITERATION_DURATION:
        for (const g of this.iterationSlicesOf(r, bucket)) {
          g.iterationDurationSumMs += v;
          g.iterationDurationCount += 1;
        }
        break;
      case KIND_DROPPED_ITERATIONS:
        for (const g of this.iterationSlicesOf(r, bucket)) g.droppedIterations += v;
        break;
      case KIND_CHECKS: {
        const pass = v !== 0;
        for (const g of this.iterationSlicesOf(r, bucket)) {
          if (pass) g.checksPassed += 1;
          else g.checksFailed += 1;
        }
        if (r.check >= 0) {
          let c = this.checks[r.check];
          if (c === undefined) {
            c = new CheckCounts();
            this.checks[r.check] = c;
          }
          if (pass) c.passes += 1;
          else c.fails += 1;
        }
        break;
      }
      case KIND_DATA_SENT:
        for (const g of this.iterationSlicesOf(r, bucket)) g.dataSentBytes += v;
        break;
      case KIND_DATA_RECEIVED:
        for (const g of this.iterationSlicesOf(r, bucket)) g.dataReceivedBytes += v;
        break;
      case KIND_MOODLE_FAILURES:
        for (const g of this.iterationSlicesOf(r, bucket)) g.failures += v;
        if (r.failureKind >= 0) this.failureKinds[r.failureKind] = (this.failureKinds[r.failureKind] ?? 0) + v;
        else this.unknownFailureKind += v;
        break;
      default:
        break;
    }
  }

  /** moodle_failures samples without a kind tag. */
  unknownFailureKind = 0;

  private readonly scratch: GroupStats[] = [];

  /** Request-level slices: bucket, total, transaction, scenario, tenant (one reused array, no allocation). */
  private slicesOf(r: K6Record, bucket: GroupStats): GroupStats[] {
    const out = this.iterationSlicesOf(r, bucket);
    out.push(this.transactions.get(r.name));
    return out;
  }

  /** Iteration-level metrics carry no transaction name: bucket, total, scenario, tenant. */
  private iterationSlicesOf(r: K6Record, bucket: GroupStats): GroupStats[] {
    const out = this.scratch;
    out.length = 0;
    out.push(bucket, this.total, this.scenarios.get(r.scenario));
    if (r.tenant >= 0) out.push(this.tenants.get(r.tenant));
    return out;
  }

  /** Adds the aggregate of another load generator of the same run (shares this one's Interner). */
  mergeGenerator(o: RunAggregate): void {
    if (o.strings !== this.strings) throw new Error('RunAggregate.mergeGenerator: aggregates must share one Interner');
    this.timeline.mergeGenerator(o.timeline);
    this.total.merge(o.total);
    this.transactions.merge(o.transactions);
    this.scenarios.merge(o.scenarios);
    this.tenants.merge(o.tenants);
    o.checks.forEach((c, id) => {
      if (c === undefined) return;
      const into = (this.checks[id] ??= new CheckCounts());
      into.passes += c.passes;
      into.fails += c.fails;
    });
    o.failureKinds.forEach((n, id) => {
      if (n !== undefined) this.failureKinds[id] = (this.failureKinds[id] ?? 0) + n;
    });
    this.unknownFailureKind += o.unknownFailureKind;
    o.sampleCounts.forEach((n, id) => {
      if (n === 0) return;
      if (id >= this.sampleCounts.length) this.grow(id);
      this.sampleCounts[id] = (this.sampleCounts[id] ?? 0) + n;
    });
    this.samples += o.samples;
    this.firstMs = Math.min(this.firstMs, o.firstMs);
    this.lastMs = Math.max(this.lastMs, o.lastMs);
  }
}
