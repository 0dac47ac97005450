// Kneedle (Satopää, Albrecht, Irwin, Raghavan, 2011) on the latency curve: p95 against throughput is
// convex and increasing (flat, then a hockey stick), so after normalising both axes to [0, 1] the knee
// is the point farthest below the diagonal, argmax(x̂ − ŷ). The periods are first sorted by throughput
// and grouped into equal-count bins (median throughput, median p95), Kneedle's smoothing step.
// Cost: O(n log n).
import type { KneedleResult } from '../types.ts';

export interface LatencyPoint {
  readonly throughput: number;
  readonly p95Ms: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export function kneedle(points: readonly LatencyPoint[], maxBins = 20): KneedleResult | null {
  const sorted = points.filter((p) => Number.isFinite(p.throughput) && Number.isFinite(p.p95Ms)).sort((a, b) => a.throughput - b.throughput);
  if (sorted.length < 5) return null;
  const bins = Math.max(5, Math.min(maxBins, Math.floor(sorted.length / 3)));
  const curve: LatencyPoint[] = [];
  for (let b = 0; b < bins; b++) {
    const part = sorted.slice(Math.floor((b * sorted.length) / bins), Math.floor(((b + 1) * sorted.length) / bins));
    if (part.length > 0) curve.push({ throughput: median(part.map((p) => p.throughput)), p95Ms: median(part.map((p) => p.p95Ms)) });
  }
  const first = curve[0];
  const last = curve[curve.length - 1];
  if (first === undefined || last === undefined) return null;
  const xSpan = last.throughput - first.throughput;
  const yMin = Math.min(...curve.map((p) => p.p95Ms));
  const ySpan = Math.max(...curve.map((p) => p.p95Ms)) - yMin;
  if (!(xSpan > 0) || !(ySpan > 0)) return null;
  let best: { point: LatencyPoint; d: number } | null = null;
  for (const p of curve) {
    const d = (p.throughput - first.throughput) / xSpan - (p.p95Ms - yMin) / ySpan;
    if (best === null || d > best.d) best = { point: p, d };
  }
  if (best === null || best.d <= 0) return null;
  return { throughputRps: best.point.throughput, p95Ms: best.point.p95Ms, strength: best.d, points: curve.length };
}
