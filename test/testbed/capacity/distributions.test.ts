import { describe, expect, it } from 'vitest';
import { prng } from '../../prng.ts';
import { exponentialServiceTime, fixedServiceTime, lognormalServiceTime, type RandomSource } from '../../../testbed/capacity/distributions.ts';

const seeded = (seed: number): RandomSource => prng(seed);

function stats(samples: number[]): { mean: number; cv: number; min: number } {
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  const variance = samples.reduce((s, x) => s + (x - mean) ** 2, 0) / samples.length;
  return { mean, cv: Math.sqrt(variance) / mean, min: Math.min(...samples) };
}

const draw = (sample: (mean: number) => number, n = 50_000): number[] => Array.from({ length: n }, () => sample(100));

describe('service time distributions', () => {
  it('fixed returns the mean', () => {
    expect(fixedServiceTime().sample(36)).toBe(36);
    expect(fixedServiceTime().sample(-1)).toBe(0);
  });

  it('exponential keeps the mean with CV 1', () => {
    const s = stats(draw(exponentialServiceTime(seeded(1)).sample));
    expect(s.mean).toBeGreaterThan(98);
    expect(s.mean).toBeLessThan(102);
    expect(s.cv).toBeGreaterThan(0.97);
    expect(s.cv).toBeLessThan(1.03);
    expect(s.min).toBeGreaterThanOrEqual(0);
  });

  it('lognormal keeps the mean with the requested CV', () => {
    const s = stats(draw(lognormalServiceTime(0.3, seeded(2)).sample));
    expect(s.mean).toBeGreaterThan(99);
    expect(s.mean).toBeLessThan(101);
    expect(s.cv).toBeGreaterThan(0.28);
    expect(s.cv).toBeLessThan(0.32);
    expect(s.min).toBeGreaterThan(0);
  });

  it('give 0 for a zero mean (serviceTimeScale 0)', () => {
    expect(exponentialServiceTime().sample(0)).toBe(0);
    expect(lognormalServiceTime().sample(0)).toBe(0);
  });

  it('lognormal rejects a meaningless CV', () => {
    expect(() => lognormalServiceTime(-1)).toThrow(RangeError);
    expect(() => lognormalServiceTime(Number.NaN)).toThrow(RangeError);
  });
});
