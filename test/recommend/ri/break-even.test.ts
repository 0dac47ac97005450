// The break-even rule against a brute-force optimum: for generated demand curves the rule's count must
// be the cheapest number of commitments (the smallest, when several cost the same).
import { describe, expect, it } from 'vitest';
import { breakEvenCount, costWith, hoursAtLeast } from '../../../recommend/ri/break-even.ts';
import { breakEvenMonth } from '../../../recommend/ri/break-even-month.ts';
import { prng } from '../../prng.ts';

function bruteForce(n: readonly number[], od: number, eff: number): number {
  const max = n.reduce((m, v) => Math.max(m, v), 0);
  let best = 0;
  let bestCost = costWith(n, 0, od, eff);
  for (let k = 1; k <= max + 1; k++) {
    const c = costWith(n, k, od, eff);
    if (c < bestCost - 1e-9 * bestCost) {
      best = k;
      bestCost = c;
    }
  }
  return best;
}

/** A year of hourly instance counts: a daily cycle, a weekly dip, terms, spikes, noise. */
function generated(seed: number): number[] {
  const r = prng(seed);
  const base = 1 + Math.floor(r() * 4);
  const amp = r() * 12;
  const termOn = r() * 0.8;
  return Array.from({ length: 8760 }, (_, h) => {
    const day = Math.floor(h / 24);
    const daily = Math.max(0, Math.sin(((h % 24) - 6) / 24 * 2 * Math.PI));
    const weekend = day % 7 >= 5 ? 0.4 : 1;
    const term = (day % 120) / 120 < termOn ? 1 : 0.3;
    const spike = r() < 0.002 ? 10 * r() : 0;
    return Math.max(0, Math.round(base + amp * daily * weekend * term + spike + (r() - 0.5) * 2));
  });
}

describe('break-even RI count', () => {
  it('counts hours needing at least k instances', () => {
    expect(hoursAtLeast([0, 1, 1, 3, 2])).toEqual([5, 4, 2, 1]);
  });

  it('buys the k-th while the share of hours needing ≥ k exceeds u*', () => {
    // 10 hours: 4 need 3, 3 more need 2, all need 1. Shares: ≥1 100 %, ≥2 70 %, ≥3 40 %.
    const n = [1, 1, 1, 2, 2, 2, 3, 3, 3, 3];
    expect(breakEvenCount(n, 0.66)).toBe(2);
    expect(breakEvenCount(n, 0.7)).toBe(1); // exactly at break-even: no gain, do not buy
    expect(breakEvenCount(n, 0.39)).toBe(3);
    expect(breakEvenCount(n, 1)).toBe(0);
  });

  it('equals the brute-force optimum on 40 generated demand curves and 4 price ratios', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const n = generated(seed);
      for (const ratio of [0.42, 0.55, 0.63, 0.81]) {
        const od = 0.1728;
        const eff = od * ratio;
        expect({ seed, ratio, k: breakEvenCount(n, eff / od) }).toEqual({ seed, ratio, k: bruteForce(n, od, eff) });
      }
    }
  });

  it('brute force agrees on an always-flat demand: buy all of it', () => {
    const n = new Array<number>(8760).fill(5);
    expect(breakEvenCount(n, 0.66)).toBe(5);
    expect(bruteForce(n, 1, 0.66)).toBe(5);
  });
});

describe('break-even month', () => {
  it('is month 1 without upfront when the commitment is used all the time', () => {
    expect(breakEvenMonth(new Array<number>(8760).fill(2), 2, 0.2, 0.12, undefined, 1)).toBe(1);
  });

  it('is the month when savings cover the upfront', () => {
    // 1 instance all year; on-demand 0.2/h; effective 0.1/h of which upfront 438 (0.05/h over 8760 h),
    // recurring 0.05/h. Saving 0.15/h = 109.5 per 730-hour month → 438 covered after month 4.
    expect(breakEvenMonth(new Array<number>(8760).fill(1), 1, 0.2, 0.1, 438, 1)).toBe(4);
  });

  it('is null when the commitment never pays', () => {
    expect(breakEvenMonth(new Array<number>(8760).fill(0), 1, 0.2, 0.1, 438, 1)).toBeNull();
  });
});
