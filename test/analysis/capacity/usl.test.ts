// The USL fit against published data and the R usl package's own results (smoeding/usl on GitHub):
// - SPEC SDM91 on a 16-CPU Sun SPARCcenter 2000 (Gunther, Guerrilla Capacity Planning, 2007; the usl
//   package's `specsdm91`). The package's tests/summary.Rout.save prints σ (alpha) 2.773e-02 ± 9.122e-03,
//   κ (beta) 1.044e-04 ± 1.988e-05, γ (λ) 90.00 ± 14.21, residual standard error 82.85 on 4 df,
//   R² 0.9896; tests/peak-scalability.Rout.save peak 97. The data: tests/fitted.Rout.save plus
//   tests/residuals.Rout.save give the throughputs back (fitted + residual), and
//   tests/efficiency.Rout.save (throughput ÷ 90·N) agrees to four digits.
// - The ray-tracer benchmark on an SGI Origin 2000 (the package's `raytracer`, from GCaP); its
//   tests/confint.Rout.save prints alpha 0.0578, beta 0.0000, gamma 21.8488.
// scipy.optimize.curve_fit with bounds gives the same numbers (run in a throwaway venv).
import { describe, expect, it } from 'vitest';
import { fitUsl, uslThroughput } from '../../../analysis/capacity/usl.ts';

const points = (n: number[], x: number[]) => n.map((c, i) => ({ concurrency: c, throughput: x[i] ?? 0 }));
const specsdm91 = points([1, 18, 36, 72, 108, 144, 216], [64.9, 995.9, 1652.4, 1853.2, 1828.9, 1775.0, 1702.2]);
const raytracer = points([1, 4, 8, 12, 16, 20, 24, 28, 32, 48, 64], [20, 78, 130, 170, 190, 200, 210, 230, 260, 280, 310]);

describe('fitUsl', () => {
  it('recovers the R usl package coefficients, standard errors and fit quality for SPEC SDM91', () => {
    const u = fitUsl(specsdm91);
    expect(u).not.toBeNull();
    if (u === null) return;
    expect(u.sigma.value).toBeCloseTo(2.773e-2, 5);
    expect(u.kappa.value).toBeCloseTo(1.044e-4, 7);
    expect(u.lambda.value).toBeCloseTo(90.0, 1);
    // 95 % interval = estimate ± t(0.975, 4) × standard error (t = 2.776445)
    expect((u.sigma.high - u.sigma.value) / 2.7764451051977934).toBeCloseTo(9.122e-3, 6);
    expect((u.kappa.high - u.kappa.value) / 2.7764451051977934).toBeCloseTo(1.988e-5, 8);
    expect((u.lambda.high - u.lambda.value) / 2.7764451051977934).toBeCloseTo(14.21, 2);
    expect(u.residualStdError).toBeCloseTo(82.85, 2);
    expect(u.rSquared).toBeCloseTo(0.9896, 4);
    expect(Math.round(u.peakConcurrency?.value ?? 0)).toBe(97);
    expect(u.peakThroughputRps?.value).toBeCloseTo(uslThroughput(u.peakConcurrency?.value ?? 0, u.lambda.value, u.sigma.value, u.kappa.value), 9);
  });

  it('recovers the R usl package coefficients for the ray tracer (κ at its bound 0: the λ/σ asymptote)', () => {
    const u = fitUsl(raytracer);
    expect(u).not.toBeNull();
    if (u === null) return;
    expect(u.sigma.value).toBeCloseTo(0.0578, 4);
    expect(u.kappa.value).toBe(0);
    expect(u.lambda.value).toBeCloseTo(21.8488, 3);
    expect(u.peakConcurrency).toBeNull();
    expect(u.peakThroughputRps?.value).toBeCloseTo(21.8488 / 0.0577708, 0);
  });

  it('recovers known parameters from noiseless points and needs six of them', () => {
    const n = [1, 2, 4, 8, 16, 32, 64];
    const u = fitUsl(points(n, n.map((c) => uslThroughput(c, 50, 0.05, 0.002))));
    expect(u?.sigma.value).toBeCloseTo(0.05, 6);
    expect(u?.kappa.value).toBeCloseTo(0.002, 8);
    expect(u?.lambda.value).toBeCloseTo(50, 5);
    expect(fitUsl(specsdm91.slice(0, 5))).toBeNull();
  });
});
