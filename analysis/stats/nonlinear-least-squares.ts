// Nonlinear least squares by Levenberg–Marquardt (Marquardt's diagonal scaling) with box bounds: a
// parameter on a bound that the gradient pushes outwards is held there (active set), and a step that
// leaves the box is projected back onto it. For models with a handful of parameters.
// The covariance is s²·(JᵀJ)⁻¹ at the solution with s² = SSE/(n − k), what R's nls() and scipy's
// curve_fit report. Cost: O(iterations · n · k²), iterations ≤ 500.
import { invert } from './small-matrix.ts';

export interface NlsModel {
  readonly f: (x: number, p: readonly number[]) => number;
  /** ∂f/∂p at x. */
  readonly gradient: (x: number, p: readonly number[]) => number[];
  readonly lower: readonly number[];
  readonly upper: readonly number[];
}

export interface NlsFit {
  readonly params: number[];
  /** null when JᵀJ is singular (a parameter the data cannot determine). */
  readonly covariance: number[][] | null;
  readonly sse: number;
  readonly residualStdError: number;
  readonly rSquared: number;
  readonly iterations: number;
  readonly converged: boolean;
}

const clamp = (p: readonly number[], m: NlsModel): number[] => p.map((v, i) => Math.min(Math.max(v, m.lower[i] ?? -Infinity), m.upper[i] ?? Infinity));

function sumSquares(xs: readonly number[], ys: readonly number[], p: readonly number[], m: NlsModel): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    const r = (ys[i] ?? 0) - m.f(xs[i] ?? 0, p);
    s += r * r;
  }
  return s;
}

export function nonlinearLeastSquares(xs: readonly number[], ys: readonly number[], start: readonly number[], m: NlsModel): NlsFit | null {
  const n = xs.length;
  const k = start.length;
  if (n <= k) return null;
  let p = clamp(start, m);
  let sse = sumSquares(xs, ys, p, m);
  let lambda = 1e-3;
  let iterations = 0;
  let converged = false;
  for (; iterations < 500 && !converged; iterations++) {
    const jtj = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    const jtr = new Array<number>(k).fill(0);
    for (let i = 0; i < n; i++) {
      const x = xs[i] ?? 0;
      const g = m.gradient(x, p);
      const r = (ys[i] ?? 0) - m.f(x, p);
      for (let a = 0; a < k; a++) {
        jtr[a] = (jtr[a] ?? 0) + (g[a] ?? 0) * r;
        const row = jtj[a] ?? [];
        for (let b = 0; b < k; b++) row[b] = (row[b] ?? 0) + (g[a] ?? 0) * (g[b] ?? 0);
      }
    }
    // Active set: a parameter on its bound whose descent direction points out of the box stays there.
    const free = p.map((v, a) => !((v <= (m.lower[a] ?? -Infinity) && (jtr[a] ?? 0) <= 0) || (v >= (m.upper[a] ?? Infinity) && (jtr[a] ?? 0) >= 0)));
    const idx = free.flatMap((f, a) => (f ? [a] : []));
    let improved = false;
    for (let tries = 0; tries < 30 && !improved && idx.length > 0; tries++) {
      const damped = idx.map((a) => idx.map((b) => (a === b ? (jtj[a]?.[b] ?? 0) * (1 + lambda) + 1e-300 : (jtj[a]?.[b] ?? 0))));
      const inv = invert(damped);
      if (inv === null) {
        lambda *= 10;
        continue;
      }
      const step = new Array<number>(k).fill(0);
      idx.forEach((a, i) => (step[a] = (inv[i] ?? []).reduce((s, v, j) => s + v * (jtr[idx[j] ?? 0] ?? 0), 0)));
      const next = clamp(p.map((v, a) => v + (step[a] ?? 0)), m);
      const nextSse = sumSquares(xs, ys, next, m);
      if (nextSse <= sse) {
        const relative = (sse - nextSse) / Math.max(sse, 1e-300);
        const moved = next.some((v, a) => Math.abs(v - (p[a] ?? 0)) > 1e-12 * Math.max(1, Math.abs(v)));
        p = next;
        sse = nextSse;
        lambda = Math.max(lambda / 10, 1e-12);
        improved = true;
        if (relative < 1e-14 || !moved) converged = true;
      } else {
        lambda *= 10;
      }
    }
    if (!improved) converged = true; // no step lowers the error: a (bounded) minimum
  }
  const s2 = sse / (n - k);
  const jtj = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < n; i++) {
    const g = m.gradient(xs[i] ?? 0, p);
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) (jtj[a] ?? [])[b] = ((jtj[a] ?? [])[b] ?? 0) + (g[a] ?? 0) * (g[b] ?? 0);
  }
  const inv = invert(jtj);
  const my = ys.reduce((s, y) => s + y, 0) / n;
  const sst = ys.reduce((s, y) => s + (y - my) ** 2, 0);
  return {
    params: p,
    covariance: inv === null ? null : inv.map((row) => row.map((v) => v * s2)),
    sse,
    residualStdError: Math.sqrt(s2),
    rSquared: sst > 0 ? 1 - sse / sst : 1,
    iterations,
    converged,
  };
}
