// A mergeable latency histogram with bounded relative error (the DDSketch layout: logarithmic
// buckets, value v in bucket ceil(log_gamma(v))). Histograms of different seconds, transactions or
// load generators merge by adding counts, so percentiles are never averaged.
// Cost: O(1) to add, O(B log B) for a percentile, where B ≤ ~2,000 buckets for 1 µs … 1 h.

/** Half-width of a bucket relative to its value: every percentile is within 0.5 % of a sample value. */
export const RELATIVE_ACCURACY = 0.005;
const GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
const LOG_GAMMA = Math.log(GAMMA);
/** Values at or below this (ms) count as zero: below any latency k6 can measure. */
const MIN_VALUE = 1e-6;

export class Histogram {
  private readonly buckets = new Map<number, number>();
  private zeros = 0;
  count = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;

  add(value: number, times = 1): void {
    if (!(value >= 0) || !Number.isFinite(value)) return;
    if (value <= MIN_VALUE) {
      this.zeros += times;
    } else {
      const index = Math.ceil(Math.log(value) / LOG_GAMMA);
      this.buckets.set(index, (this.buckets.get(index) ?? 0) + times);
    }
    this.count += times;
    this.sum += value * times;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  merge(other: Histogram): void {
    for (const [index, n] of other.buckets) this.buckets.set(index, (this.buckets.get(index) ?? 0) + n);
    this.zeros += other.zeros;
    this.count += other.count;
    this.sum += other.sum;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
  }

  mean(): number | null {
    return this.count === 0 ? null : this.sum / this.count;
  }

  /**
   * The p-quantile (0..1) as k6 computes it over sorted samples: linear interpolation between the
   * samples at ranks floor(p(n-1)) and ceil(p(n-1)), here with each sample replaced by its bucket's
   * representative value (clamped to the exact min and max).
   */
  quantile(p: number): number | null {
    if (this.count === 0) return null;
    const position = Math.min(Math.max(p, 0), 1) * (this.count - 1);
    const lower = Math.floor(position);
    const sorted = [...this.buckets.keys()].sort((a, b) => a - b);
    const low = this.valueAtRank(lower, sorted);
    const high = this.valueAtRank(Math.ceil(position), sorted);
    return low + (high - low) * (position - lower);
  }

  private valueAtRank(rank: number, sortedIndexes: readonly number[]): number {
    // The extremes are known exactly.
    if (rank <= 0) return this.min;
    if (rank >= this.count - 1) return this.max;
    if (rank < this.zeros) return Math.max(0, this.min);
    let seen = this.zeros;
    for (const index of sortedIndexes) {
      seen += this.buckets.get(index) ?? 0;
      if (rank < seen) return Math.min(Math.max((2 * Math.pow(GAMMA, index)) / (GAMMA + 1), this.min), this.max);
    }
    return this.max;
  }
}
