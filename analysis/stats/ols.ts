// Ordinary least squares for y = a + b·x with the standard errors R's lm() reports:
//   b = Sxy/Sxx, a = ȳ − b·x̄, s² = SSE/(n−2), se(b) = s/√Sxx, se(a) = s·√(1/n + x̄²/Sxx),
//   cov(a,b) = −x̄·s²/Sxx, R² = 1 − SSE/SST; the slope's 95 % interval uses Student's t with n − 2 df.
// Null with fewer than 3 points or no spread in x. Cost: O(n).
import type { LinearFit } from '../types.ts';
import { tQuantile } from './student-t.ts';

export function ols(xs: readonly number[], ys: readonly number[]): LinearFit | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 3) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] ?? 0;
    my += ys[i] ?? 0;
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (!(sxx > 0)) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let sse = 0;
  for (let i = 0; i < n; i++) {
    const r = (ys[i] ?? 0) - intercept - slope * (xs[i] ?? 0);
    sse += r * r;
  }
  const s2 = sse / (n - 2);
  const slopeStdError = Math.sqrt(s2 / sxx);
  const t = tQuantile(0.975, n - 2);
  return {
    n,
    intercept,
    slope,
    interceptStdError: Math.sqrt(s2 * (1 / n + (mx * mx) / sxx)),
    slopeStdError,
    covariance: (-mx * s2) / sxx,
    residualStdError: Math.sqrt(s2),
    rSquared: syy > 0 ? 1 - sse / syy : 1,
    slopeLow: slope - t * slopeStdError,
    slopeHigh: slope + t * slopeStdError,
  };
}
