// A mergeable latency histogram with bounded relative error (the DDSketch layout: logarithmic
// buckets, value v in bucket ceil(log_gamma(v))), stored densely: one Float64Array window over the
// bucket indexes seen so far, grown by doubling. Histograms of different seconds, transactions or load
// generators merge by adding counts, so percentiles are never averaged.
// Cost: O(1) to add (one Math.log, amortised growth), O(B) to merge or take a percentile, where B is
// the window width (≈ 530 buckets for 10 ms … 2 s, ≈ 2,200 for 1 µs … 1 h; 8 bytes each).

/** Half-width of a bucket relative to its value: every percentile is within 0.5 % of a sample value. */
export const RELATIVE_ACCURACY = 0.005;
const GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
const LOG_GAMMA = Math.log(GAMMA);
/** Values at or below this (ms) count as zero: below any latency k6 can measure. */
const MIN_VALUE = 1e-6;
/** Buckets first allocated: 256 cover a 1:13 range of values (2 KB); the window doubles beyond. */
const INITIAL_WIDTH = 256;

/** The bucket of a positive value (> MIN_VALUE). Callers that add one value to several histograms compute it once. */
export function bucketIndex(value: number): number {
  return Math.ceil(Math.log(value) / LOG_GAMMA);
}

/** The value a bucket stands for: the point whose relative distance to both bucket edges is RELATIVE_ACCURACY. */
export function bucketValue(index: number): number {
  return (2 * Math.pow(GAMMA, index)) / (GAMMA + 1);
}

export class Histogram {
  private counts: Float64Array = new Float64Array(0);
  /** Bucket index of counts[0]. */
  private offset = 0;
  private zeros = 0;
  count = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;

  add(value: number, times = 1): void {
    if (!(value >= 0) || !Number.isFinite(value)) return;
    if (value <= MIN_VALUE) this.addZero(value, times);
    else this.addAt(bucketIndex(value), value, times);
  }

  /** Adds a value whose bucket index the caller computed with bucketIndex (value > MIN_VALUE). */
  addAt(index: number, value: number, times = 1): void {
    let slot = index - this.offset;
    if (slot < 0 || slot >= this.counts.length) {
      this.cover(index, index);
      slot = index - this.offset;
    }
    this.counts[slot] = (this.counts[slot] ?? 0) + times;
    this.count += times;
    this.sum += value * times;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  private addZero(value: number, times: number): void {
    this.zeros += times;
    this.count += times;
    this.sum += value * times;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  /** Grows the window (doubling) so that bucket indexes lo..hi fit. */
  private cover(lo: number, hi: number): void {
    const n = this.counts.length;
    if (n === 0) {
      const width = Math.max(INITIAL_WIDTH, hi - lo + 1);
      this.counts = new Float64Array(width);
      this.offset = lo - Math.floor((width - (hi - lo + 1)) / 2);
      return;
    }
    const newLo = Math.min(lo, this.offset);
    const newHi = Math.max(hi, this.offset + n - 1);
    let width = n;
    while (width < newHi - newLo + 1) width *= 2;
    // Keep the spare room on the side that grew.
    const start = lo < this.offset ? newHi - width + 1 : newLo;
    const grown = new Float64Array(width);
    grown.set(this.counts, this.offset - start);
    this.counts = grown;
    this.offset = start;
  }

  merge(other: Histogram): void {
    if (other.count === 0) return;
    const src = other.counts;
    let first = 0;
    let last = src.length - 1;
    while (first <= last && src[first] === 0) first++;
    while (last >= first && src[last] === 0) last--;
    if (first <= last) {
      this.cover(other.offset + first, other.offset + last);
      const shift = other.offset - this.offset;
      for (let i = first; i <= last; i++) {
        const n = src[i] ?? 0;
        if (n !== 0) this.counts[i + shift] = (this.counts[i + shift] ?? 0) + n;
      }
    }
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
    const low = this.valueAtRank(lower);
    const high = this.valueAtRank(Math.ceil(position));
    return low + (high - low) * (position - lower);
  }

  /** Non-empty buckets as [representative value, count] pairs, ascending (zeros first), for exports and tests. */
  buckets(): [number, number][] {
    const out: [number, number][] = this.zeros > 0 ? [[0, this.zeros]] : [];
    this.counts.forEach((n, i) => {
      if (n !== 0) out.push([bucketValue(i + this.offset), n]);
    });
    return out;
  }

  private valueAtRank(rank: number): number {
    // The extremes are known exactly.
    if (rank <= 0) return this.min;
    if (rank >= this.count - 1) return this.max;
    if (rank < this.zeros) return Math.max(0, this.min);
    let seen = this.zeros;
    const counts = this.counts;
    for (let i = 0; i < counts.length; i++) {
      seen += counts[i] ?? 0;
      if (rank < seen) return Math.min(Math.max(bucketValue(i + this.offset), this.min), this.max);
    }
    return this.max;
  }
}
