// Gunther's Universal Scalability Law fitted to throughput against concurrency,
//   X(N) = λN / (1 + σ(N − 1) + κN(N − 1)),
// by bounded nonlinear least squares (λ > 0, 0 ≤ σ ≤ 1, κ ≥ 0), started from Gunther's quadratic
// linearisation and from κ = 0, keeping the better fit. Standard errors from s²(JᵀJ)⁻¹ (as R's usl
// and nls report them), 95 % intervals with Student's t on n − 3 df; the peak N* = √((1 − σ)/κ) and
// X(N*) get intervals by the delta method (numerical gradient). Needs ≥ 6 points spread over load
// levels (Gunther). Cost: O(iterations · n).
import { nonlinearLeastSquares, type NlsModel } from '../stats/nonlinear-least-squares.ts';
import { tQuantile } from '../stats/student-t.ts';
import type { Estimate, UslFit } from '../types.ts';

export interface UslPoint {
  readonly concurrency: number;
  readonly throughput: number;
}

export function uslThroughput(n: number, lambda: number, sigma: number, kappa: number): number {
  return (lambda * n) / (1 + sigma * (n - 1) + kappa * n * (n - 1));
}

const MODEL: NlsModel = {
  f: (n, [l = 0, s = 0, k = 0]) => uslThroughput(n, l, s, k),
  gradient: (n, [l = 0, s = 0, k = 0]) => {
    const d = 1 + s * (n - 1) + k * n * (n - 1);
    return [n / d, (-l * n * (n - 1)) / (d * d), (-l * n * n * (n - 1)) / (d * d)];
  },
  lower: [1e-12, 0, 0],
  upper: [Infinity, 1, Infinity],
};

/** Gunther's start: λ from the lowest load, then N·λ/X − 1 = σ(N−1) + κN(N−1) by least squares through 0. */
function linearisedStart(points: readonly UslPoint[]): number[] {
  const low = [...points].sort((a, b) => a.concurrency - b.concurrency)[0];
  const lambda = low === undefined ? 1 : low.throughput / Math.max(low.concurrency, 1e-9);
  let a11 = 0;
  let a12 = 0;
  let a22 = 0;
  let b1 = 0;
  let b2 = 0;
  for (const p of points) {
    const u = p.concurrency - 1;
    const v = p.concurrency * (p.concurrency - 1);
    const y = (p.concurrency * lambda) / p.throughput - 1;
    a11 += u * u;
    a12 += u * v;
    a22 += v * v;
    b1 += u * y;
    b2 += v * y;
  }
  const det = a11 * a22 - a12 * a12;
  const sigma = det !== 0 ? (b1 * a22 - b2 * a12) / det : 0.01;
  const kappa = det !== 0 ? (a11 * b2 - a12 * b1) / det : 0;
  return [lambda, Math.min(Math.max(sigma, 0), 1), Math.max(kappa, 0)];
}

function estimate(value: number, se: number, t: number, method: string): Estimate {
  return { value, low: value - t * se, high: value + t * se, method };
}

/** Delta-method standard error of g(p) from the covariance of p. */
function deltaSe(g: (p: readonly number[]) => number, p: readonly number[], cov: readonly (readonly number[])[]): number {
  const grad = p.map((v, i) => {
    const h = Math.max(Math.abs(v) * 1e-6, 1e-12);
    const up = [...p];
    const down = [...p];
    up[i] = v + h;
    down[i] = v - h;
    return (g(up) - g(down)) / (2 * h);
  });
  let variance = 0;
  grad.forEach((gi, i) => grad.forEach((gj, j) => (variance += gi * gj * (cov[i]?.[j] ?? 0))));
  return Math.sqrt(Math.max(variance, 0));
}

export function fitUsl(points: readonly UslPoint[], basis: 'per-instance' | 'site' = 'site'): UslFit | null {
  const usable = points.filter((p) => p.concurrency > 0 && p.throughput > 0 && Number.isFinite(p.concurrency) && Number.isFinite(p.throughput));
  if (usable.length < 6) return null;
  const xs = usable.map((p) => p.concurrency);
  const ys = usable.map((p) => p.throughput);
  const starts = [linearisedStart(usable), [linearisedStart(usable)[0] ?? 1, 0.01, 0], [linearisedStart(usable)[0] ?? 1, 0.05, 1e-4]];
  const fits = starts.map((s) => nonlinearLeastSquares(xs, ys, s, MODEL)).filter((f) => f !== null);
  const fit = fits.sort((a, b) => a.sse - b.sse)[0];
  if (fit === undefined || fit.covariance === null) return null;
  const [lambda = 0, sigma = 0, kappa = 0] = fit.params;
  const cov = fit.covariance;
  const se = (i: number): number => Math.sqrt(Math.max(cov[i]?.[i] ?? 0, 0));
  const t = tQuantile(0.975, usable.length - 3);
  const method = 'nonlinear least squares, 95 % CI = estimate ± t(0.975, n−3) × standard error';
  const peakN = (p: readonly number[]): number => Math.sqrt((1 - (p[1] ?? 0)) / (p[2] ?? 0));
  let peakConcurrency: Estimate | null = null;
  let peakThroughputRps: Estimate | null = null;
  if (kappa > 0) {
    const nStar = peakN(fit.params);
    peakConcurrency = estimate(nStar, deltaSe(peakN, fit.params, cov), t, 'N* = √((1 − σ)/κ); delta-method 95 % CI');
    const xStar = (p: readonly number[]): number => uslThroughput(peakN(p), p[0] ?? 0, p[1] ?? 0, p[2] ?? 0);
    peakThroughputRps = estimate(xStar(fit.params), deltaSe(xStar, fit.params, cov), t, 'X(N*); delta-method 95 % CI');
  } else if (sigma > 0) {
    const asymptote = (p: readonly number[]): number => (p[0] ?? 0) / (p[1] ?? 1);
    peakThroughputRps = estimate(asymptote(fit.params), deltaSe(asymptote, fit.params, cov), t, 'κ = 0: the asymptote λ/σ; delta-method 95 % CI');
  }
  return {
    lambda: estimate(lambda, se(0), t, method),
    sigma: estimate(sigma, se(1), t, method),
    kappa: estimate(kappa, se(2), t, method),
    peakConcurrency,
    peakThroughputRps,
    rSquared: fit.rSquared,
    residualStdError: fit.residualStdError,
    points: usable.length,
    observed: usable.map((p) => ({ concurrency: p.concurrency, throughput: p.throughput })),
    concurrency: 'in-flight requests (Little’s law)',
    basis,
  };
}
