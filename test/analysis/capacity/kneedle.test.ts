import { describe, expect, it } from 'vitest';
import { kneedle } from '../../../analysis/capacity/kneedle.ts';

describe('kneedle', () => {
  it('finds the bend of a hockey-stick latency curve', () => {
    // Flat at 100 ms up to 50 req/s, then +40 ms per req/s: the knee is at 50.
    const points = Array.from({ length: 61 }, (_, i) => ({ throughput: i + 10, p95Ms: i + 10 <= 50 ? 100 : 100 + 40 * (i + 10 - 50) }));
    const k = kneedle(points);
    expect(k?.throughputRps).toBe(50);
    expect(k?.points).toBe(20);
    // x̂ − ŷ at the knee: ≈ 40/60, the flat part's share of the throughput range (less a bin's width).
    expect(k?.strength).toBeGreaterThan(0.6);
    expect(k?.strength).toBeLessThan(0.7);
  });

  it('bins noisy periods (median per bin) and still lands near the bend', () => {
    const points = Array.from({ length: 300 }, (_, i) => {
      const x = 10 + (i % 100) * 0.9;
      const wobble = ((i * 7919) % 13) - 6;
      return { throughput: x, p95Ms: (x <= 60 ? 120 : 120 + 30 * (x - 60)) + wobble };
    });
    const k = kneedle(points);
    expect(Math.abs((k?.throughputRps ?? 0) - 60)).toBeLessThan(6);
  });

  it('has no knee on a straight line or with too few points', () => {
    expect(kneedle(Array.from({ length: 20 }, (_, i) => ({ throughput: i, p95Ms: 2 * i })))).toBeNull();
    expect(kneedle([{ throughput: 1, p95Ms: 1 }])).toBeNull();
  });
});
