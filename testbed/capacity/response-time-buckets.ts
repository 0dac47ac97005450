// Response times are kept as (bucket → count) per period instead of one entry per request. 1 ms
// resolution below a second; above it 3 significant digits (≤ 0.5 % error), which bounds the
// number of distinct buckets however long the queue grows.

export function responseTimeBucketMs(ms: number): number {
  if (!(ms > 0)) return 0;
  if (ms < 1000) return Math.round(ms);
  const magnitude = 10 ** (Math.floor(Math.log10(ms)) - 2);
  return Math.round(ms / magnitude) * magnitude;
}
