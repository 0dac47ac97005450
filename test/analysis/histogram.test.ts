import { describe, expect, it } from 'vitest';
import { Histogram } from '../../analysis/histogram.ts';
import { prng } from '../prng.ts';

/** numpy.percentile(..., method='linear') and k6's Trend percentile: interpolate between ranks. */
function exactQuantile(sorted: readonly number[], p: number): number {
  const pos = p * (sorted.length - 1);
  const lo = sorted[Math.floor(pos)] ?? NaN;
  const hi = sorted[Math.ceil(pos)] ?? NaN;
  return lo + (hi - lo) * (pos - Math.floor(pos));
}

function lognormal(n: number, seed: number): number[] {
  const r = prng(seed);
  return Array.from({ length: n }, () => Math.exp(4 + 0.8 * Math.sqrt(-2 * Math.log(r() || 1e-12)) * Math.cos(2 * Math.PI * r())));
}

describe('Histogram', () => {
  it('matches numpy.percentile([1, 2, 3, 4, 10], 95) = 8.8 and the median 3', () => {
    const h = new Histogram();
    for (const v of [1, 2, 3, 4, 10]) h.add(v);
    expect(h.quantile(0.95)).toBeCloseTo(8.8, 1);
    expect(Math.abs((h.quantile(0.5) ?? 0) - 3) / 3).toBeLessThan(0.005);
  });

  it('keeps every percentile within 1 % of the exact sorted-sample value', () => {
    for (const [n, seed] of [[37, 1], [1000, 2], [50_000, 3]] as const) {
      const values = lognormal(n, seed);
      const h = new Histogram();
      for (const v of values) h.add(v);
      const sorted = [...values].sort((a, b) => a - b);
      for (const p of [0, 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 0.999, 1]) {
        const exact = exactQuantile(sorted, p);
        const got = h.quantile(p) ?? NaN;
        expect(Math.abs(got - exact) / exact, `n=${n} p=${p}`).toBeLessThanOrEqual(0.01);
      }
    }
  });

  it('merges exactly: two halves give the same percentiles as the whole', () => {
    const values = lognormal(20_000, 9);
    const whole = new Histogram();
    const a = new Histogram();
    const b = new Histogram();
    values.forEach((v, i) => {
      whole.add(v);
      (i % 3 === 0 ? a : b).add(v);
    });
    a.merge(b);
    expect(a.count).toBe(whole.count);
    for (const p of [0.5, 0.95, 0.99]) expect(a.quantile(p)).toBe(whole.quantile(p));
    expect(a.min).toBe(whole.min);
    expect(a.max).toBe(whole.max);
  });

  it('is empty-safe and ignores values that are not latencies', () => {
    const h = new Histogram();
    expect(h.quantile(0.95)).toBeNull();
    expect(h.mean()).toBeNull();
    h.add(Number.NaN);
    h.add(-1);
    expect(h.count).toBe(0);
    h.add(0);
    h.add(5);
    expect(h.quantile(0)).toBe(0);
    expect(h.quantile(1)).toBe(5);
  });
});

describe('Histogram (dense window)', () => {
  it('grows its window both ways and still merges exactly', () => {
    const a = new Histogram();
    const b = new Histogram();
    const whole = new Histogram();
    // 1 µs … 1 h in both, added in opposite orders so the windows grow down in one and up in the other.
    const values = Array.from({ length: 200 }, (_, i) => 0.001 * Math.pow(1.12, i));
    values.forEach((v, i) => {
      whole.add(v);
      (i % 2 === 0 ? a : b).add(v);
    });
    const reversed = new Histogram();
    [...values].reverse().forEach((v) => reversed.add(v));
    a.merge(b);
    for (const p of [0, 0.1, 0.5, 0.9, 0.99, 1]) {
      expect(a.quantile(p)).toBe(whole.quantile(p));
      expect(reversed.quantile(p)).toBe(whole.quantile(p));
    }
    expect(a.buckets()).toEqual(whole.buckets());
  });

  it('counts repeated values and zeros in their own buckets', () => {
    const h = new Histogram();
    h.add(0, 3);
    h.add(10, 2);
    expect(h.count).toBe(5);
    expect(h.buckets().map(([, n]) => n)).toEqual([3, 2]);
    expect(h.quantile(0.5)).toBe(0);
    expect(h.quantile(1)).toBe(10);
  });
});
