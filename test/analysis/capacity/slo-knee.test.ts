import { describe, expect, it } from 'vitest';
import { sloKnee } from '../../../analysis/capacity/slo-knee.ts';
import { point } from './grid-points.ts';

const slo = { p95Ms: 1000, maxErrorRate: 0.01 };

describe('sloKnee', () => {
  it('is the highest throughput that met the SLO, bracketed by the first breach above it', () => {
    const points = [
      point(0, { requests: 600, p95Ms: 300 }),
      point(1, { requests: 1200, p95Ms: 500 }),
      point(2, { requests: 1800, p95Ms: 900 }),
      point(3, { requests: 2400, p95Ms: 1600 }),
      point(4, { requests: 2100, p95Ms: 800, errorRate: 0.02 }),
      point(5, { requests: 10, p95Ms: 99_999 }), // too few requests to judge
    ];
    const k = sloKnee(points, slo);
    expect(k).toMatchObject({ throughputRps: 30, p95Ms: 900, firstBreachRps: 35, periodsMeetingSlo: 3, periodsWithLoad: 5 });
    expect(k?.breachReason).toMatch(/errors 2\.00 %/);
  });

  it('treats dropped iterations as a breach', () => {
    const k = sloKnee([point(0, { requests: 600 }), point(1, { requests: 1200, droppedIterations: 3 })], slo);
    expect(k).toMatchObject({ throughputRps: 10, firstBreachRps: 20, breachReason: '3 dropped iteration(s)' });
  });

  it('says so when nothing met the SLO, and has no knee without load', () => {
    expect(sloKnee([point(0, { p95Ms: 5000 })], slo)).toMatchObject({ throughputRps: 0, periodsMeetingSlo: 0, firstBreachRps: 10 });
    expect(sloKnee([point(0, { requests: 0 })], slo)).toBeNull();
  });
});
