// Time buckets of one run: one-second buckets while the run is short, coarser ones (2, 5, 10 … s) once
// there are more than MAX_TIME_BUCKETS, so memory stays bounded however long the run. Buckets are keyed
// by their start, seconds since the epoch, a multiple of the resolution. Cost: O(1) to find a bucket
// (the last one is cached: k6 writes in time order), O(buckets) to coarsen.
import { TimeBucket } from './group-stats.ts';

export const MAX_TIME_BUCKETS = 7200;
export const RESOLUTIONS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 86400] as const;

export class Timeline {
  buckets = new Map<number, TimeBucket>();
  resolutionSeconds = 1;
  private lastKey = Number.NaN;
  private last: TimeBucket | null = null;

  constructor(private readonly maxBuckets = MAX_TIME_BUCKETS) {}

  /** The bucket holding second `second` (seconds since the epoch, an integer). */
  at(second: number): TimeBucket {
    const key = this.resolutionSeconds === 1 ? second : Math.floor(second / this.resolutionSeconds) * this.resolutionSeconds;
    if (key === this.lastKey && this.last !== null) return this.last;
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      if (this.buckets.size >= this.maxBuckets) {
        this.coarsen(nextResolution(this.resolutionSeconds));
        return this.at(second);
      }
      bucket = new TimeBucket();
      this.buckets.set(key, bucket);
    }
    this.lastKey = key;
    this.last = bucket;
    return bucket;
  }

  /** Re-buckets at a coarser resolution (a multiple of the current one). */
  coarsen(resolution: number): void {
    if (resolution <= this.resolutionSeconds) return;
    const merged = new Map<number, TimeBucket>();
    for (const [key, bucket] of [...this.buckets.entries()].sort((a, b) => a[0] - b[0])) {
      const target = Math.floor(key / resolution) * resolution;
      const into = merged.get(target);
      if (into === undefined) merged.set(target, bucket);
      else into.mergeTime(bucket);
    }
    this.buckets = merged;
    this.resolutionSeconds = resolution;
    this.lastKey = Number.NaN;
    this.last = null;
  }

  /** Adds another load generator's timeline (same run, same clock). */
  mergeGenerator(other: Timeline): void {
    if (other.resolutionSeconds > this.resolutionSeconds) this.coarsen(other.resolutionSeconds);
    if (this.resolutionSeconds > other.resolutionSeconds) other.coarsen(this.resolutionSeconds);
    for (const [key, bucket] of other.buckets) {
      const into = this.buckets.get(key);
      if (into === undefined) this.buckets.set(key, bucket);
      else into.mergeGenerator(bucket);
    }
    while (this.buckets.size > this.maxBuckets) this.coarsen(nextResolution(this.resolutionSeconds));
    this.lastKey = Number.NaN;
    this.last = null;
  }
}

function nextResolution(current: number): number {
  return RESOLUTIONS.find((r) => r > current && r % current === 0) ?? current * 2;
}
