import { describe, expect, it } from 'vitest';
import { tCdf, tQuantile } from '../../../analysis/stats/student-t.ts';

// Expected values computed with scipy 1.17.1: stats.t.ppf(p, df) and stats.t.cdf(t, df).
const QUANTILES: [number, number, number][] = [
  [0.975, 1, 12.706204736174694],
  [0.975, 2, 4.302652729749462],
  [0.975, 4, 2.7764451051977934],
  [0.975, 8, 2.306004135204166],
  [0.975, 30, 2.0422724563012378],
  [0.95, 10, 1.8124611228116756],
  [0.995, 5, 4.032142983555228],
  [0.025, 3, -3.1824463052837086],
  [0.975, 2.5, 3.5746548420036817],
  [0.975, 1000, 1.9623390808264083],
];

describe("Student's t", () => {
  it('has the quantiles scipy.stats.t.ppf gives, to 1e-9', () => {
    for (const [p, df, expected] of QUANTILES) expect(tQuantile(p, df), `p=${p} df=${df}`).toBeCloseTo(expected, 9);
  });
  it('has the CDF scipy.stats.t.cdf gives', () => {
    expect(tCdf(2.0, 5)).toBeCloseTo(0.9490302605850708, 12);
    expect(tCdf(-1.3, 12)).toBeCloseTo(0.10900858554175706, 12);
    expect(tCdf(0, 3)).toBe(0.5);
  });
  it('is NaN outside its domain', () => {
    expect(tQuantile(0, 5)).toBeNaN();
    expect(tQuantile(0.5, 0)).toBeNaN();
  });
});
