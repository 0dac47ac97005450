import { sampleCorrelation, sampleRankCorrelation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { ols } from '../../../analysis/stats/ols.ts';

// Expected values computed with numpy 2.4.6 / scipy 1.17.1:
//   r = scipy.stats.linregress(x, y)  → slope, intercept, stderr, intercept_stderr, rvalue²
//   s = sqrt(sum(resid²)/(n−2)); cov(a,b) = −mean(x)·s²/Sxx; slope CI = slope ± t.ppf(0.975, n−2)·stderr
const x = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
const y = [12.1, 19.8, 31.5, 38.9, 52.3, 58.7, 71.2, 79.1, 92.4, 98.8];

describe('ols', () => {
  it('matches scipy.stats.linregress: coefficients, standard errors, R², residual error, slope interval', () => {
    const fit = ols(x, y);
    expect(fit).not.toBeNull();
    if (fit === null) return;
    expect(fit.slope).toBeCloseTo(0.9877575757575758, 12);
    expect(fit.intercept).toBeCloseTo(1.1533333333333289, 10);
    expect(fit.slopeStdError).toBeCloseTo(0.017752300385085417, 12);
    expect(fit.interceptStdError).toBeCloseTo(1.1015012712225392, 10);
    expect(fit.rSquared).toBeCloseTo(0.9974226242421332, 12);
    expect(fit.residualStdError).toBeCloseTo(1.612432756408588, 10);
    expect(fit.covariance).toBeCloseTo(-0.017332929292929313, 12);
    expect(fit.slopeLow).toBeCloseTo(0.9468206976601824, 9);
    expect(fit.slopeHigh).toBeCloseTo(1.0286944538549694, 9);
  });
  it('refuses what cannot be fitted', () => {
    expect(ols([1, 2], [3, 4])).toBeNull();
    expect(ols([5, 5, 5], [1, 2, 3])).toBeNull();
  });
});

describe('correlation (simple-statistics, as the capacity model uses it)', () => {
  it("Pearson's r and Spearman's ρ (ties as mid-ranks) match scipy.stats.pearsonr / spearmanr", () => {
    expect(sampleCorrelation(x, y)).toBeCloseTo(0.9987104806910421, 12);
    const a = [1, 2, 2, 3, 5, 8, 8, 8, 13];
    const b = [2, 1, 4, 3, 7, 9, 6, 10, 12];
    expect(sampleCorrelation(a, b)).toBeCloseTo(0.9255952497146458, 12);
    expect(sampleRankCorrelation(a, b)).toBeCloseTo(0.893819357296686, 12);
  });
});
