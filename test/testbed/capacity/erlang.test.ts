import { describe, expect, it } from 'vitest';
import { erlangC, meanResponseMs, meanWaitMs, offeredLoad, utilisation } from '../../../testbed/capacity/erlang.ts';

/** Erlang C from its textbook definition with factorials (small c only), to check the iterative sum. */
function erlangCByDefinition(a: number, c: number): number {
  const fact = (n: number): number => (n <= 1 ? 1 : n * fact(n - 1));
  let sum = 0;
  for (let k = 0; k < c; k++) sum += a ** k / fact(k);
  const top = (a ** c / fact(c)) * (c / (c - a));
  return top / (sum + top);
}

describe('M/M/c formulas', () => {
  it('M/M/1: C = ρ and Wq = ρ / (μ − λ)', () => {
    const q = { arrivalRate: 5, serviceMs: 100, servers: 1 };
    expect(offeredLoad(q)).toBeCloseTo(0.5, 12);
    expect(utilisation(q)).toBeCloseTo(0.5, 12);
    expect(erlangC(q)).toBeCloseTo(0.5, 12);
    expect(meanWaitMs(q)).toBeCloseTo(100, 9);
    expect(meanResponseMs(q)).toBeCloseTo(200, 9);
  });

  it('M/M/3 with a = 2 (the textbook example): C = 4/9, Wq = 4/9 service times, Lq = 8/9', () => {
    const q = { arrivalRate: 2, serviceMs: 1000, servers: 3 };
    expect(erlangC(q)).toBeCloseTo(4 / 9, 12);
    expect(meanWaitMs(q) / 1000).toBeCloseTo(4 / 9, 12);
    expect((q.arrivalRate * meanWaitMs(q)) / 1000).toBeCloseTo(8 / 9, 12);
  });

  it('M/M/2 with a = 1: C = 1/3', () => {
    expect(erlangC({ arrivalRate: 10, serviceMs: 100, servers: 2 })).toBeCloseTo(1 / 3, 12);
    expect(meanWaitMs({ arrivalRate: 10, serviceMs: 100, servers: 2 })).toBeCloseTo(100 / 3, 9);
  });

  it.each([
    [8, 10],
    [2.8, 4],
    [15.5, 20],
    [0.3, 1],
  ])('agrees with the factorial definition for a = %s, c = %s', (a, c) => {
    expect(erlangC({ arrivalRate: a, serviceMs: 1000, servers: c })).toBeCloseTo(erlangCByDefinition(a, c), 12);
  });

  it('stays finite for many servers (no factorial overflow)', () => {
    const c = erlangC({ arrivalRate: 400, serviceMs: 1000, servers: 420 });
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
  });

  it('an overloaded queue always waits, for ever', () => {
    const q = { arrivalRate: 30, serviceMs: 100, servers: 2 };
    expect(erlangC(q)).toBe(1);
    expect(meanWaitMs(q)).toBe(Number.POSITIVE_INFINITY);
  });
});
