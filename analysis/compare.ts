// Two analyses of the same scenario (a baseline A and a candidate B, e.g. two releases) side by side,
// per transaction and in total: p95 latency, error rate and throughput, each judged against a
// threshold so CI can fail a release that got slower, less reliable or less productive. A transaction
// with too few requests in either run is shown but not judged; one that vanished from B is a
// regression (a scenario step that no longer runs). Pure. Cost: O(transactions).
import type { Analysis, SliceSummary } from './types.ts';

export interface CompareThresholds {
  /** p95 may grow by at most this many percent. */
  readonly p95Pct: number;
  /** The error rate may grow by at most this many percentage points. */
  readonly errorRatePp: number;
  /** Throughput may drop by at most this many percent. */
  readonly throughputPct: number;
  /** Fewer requests than this in either run and a transaction is not judged. */
  readonly minRequests: number;
}

export const DEFAULT_THRESHOLDS: CompareThresholds = { p95Pct: 10, errorRatePp: 1, throughputPct: 10, minRequests: 20 };

export interface Side {
  readonly requests: number;
  readonly p95Ms: number | null;
  readonly errorRate: number;
  readonly throughputRps: number;
}

export type Verdict = 'ok' | 'regressed' | 'only-in-a' | 'only-in-b' | 'too-few-requests';

export interface TransactionDiff {
  readonly name: string;
  readonly a: Side | null;
  readonly b: Side | null;
  readonly p95ChangePct: number | null;
  readonly errorRateChangePp: number | null;
  readonly throughputChangePct: number | null;
  readonly verdict: Verdict;
  readonly reasons: readonly string[];
}

export interface Comparison {
  readonly thresholds: CompareThresholds;
  readonly total: TransactionDiff;
  readonly transactions: readonly TransactionDiff[];
  readonly regressed: boolean;
}

const side = (s: SliceSummary): Side => ({ requests: s.requests, p95Ms: s.latency.p95Ms, errorRate: s.errorRate, throughputRps: s.throughputRps });

function pct(from: number | null, to: number | null): number | null {
  return from === null || to === null || from === 0 ? null : ((to - from) / from) * 100;
}

export function diff(name: string, a: Side | null, b: Side | null, th: CompareThresholds): TransactionDiff {
  const p95ChangePct = a === null || b === null ? null : pct(a.p95Ms, b.p95Ms);
  const errorRateChangePp = a === null || b === null ? null : (b.errorRate - a.errorRate) * 100;
  const throughputChangePct = a === null || b === null ? null : pct(a.throughputRps, b.throughputRps);
  const base = { name, a, b, p95ChangePct, errorRateChangePp, throughputChangePct };
  if (b === null) return a !== null && a.requests >= th.minRequests ? { ...base, verdict: 'only-in-a', reasons: [`missing from B (${a.requests} requests in A)`] } : { ...base, verdict: 'too-few-requests', reasons: [] };
  if (a === null) return { ...base, verdict: 'only-in-b', reasons: [] };
  if (a.requests < th.minRequests || b.requests < th.minRequests) return { ...base, verdict: 'too-few-requests', reasons: [] };
  const reasons: string[] = [];
  if (p95ChangePct !== null && p95ChangePct > th.p95Pct) reasons.push(`p95 +${p95ChangePct.toFixed(1)} % > ${th.p95Pct} %`);
  if (errorRateChangePp !== null && errorRateChangePp > th.errorRatePp) reasons.push(`errors +${errorRateChangePp.toFixed(2)} pp > ${th.errorRatePp} pp`);
  if (throughputChangePct !== null && -throughputChangePct > th.throughputPct) reasons.push(`throughput ${throughputChangePct.toFixed(1)} % < −${th.throughputPct} %`);
  return { ...base, verdict: reasons.length > 0 ? 'regressed' : 'ok', reasons };
}

export function compareAnalyses(a: Analysis, b: Analysis, th: CompareThresholds = DEFAULT_THRESHOLDS): Comparison {
  const names = [...new Set([...a.transactions.map((t) => t.name), ...b.transactions.map((t) => t.name)])].sort();
  const transactions = names.map((name) => {
    const ta = a.transactions.find((t) => t.name === name);
    const tb = b.transactions.find((t) => t.name === name);
    return diff(name, ta === undefined ? null : side(ta), tb === undefined ? null : side(tb), th);
  });
  const totalSide = (x: Analysis): Side => ({ requests: x.totals.requests, p95Ms: x.totals.latency.p95Ms, errorRate: x.totals.errorRate, throughputRps: x.totals.throughputRps });
  const total = diff('(all requests)', totalSide(a), totalSide(b), th);
  const regressed = total.verdict === 'regressed' || transactions.some((t) => t.verdict === 'regressed' || t.verdict === 'only-in-a');
  return { thresholds: th, total, transactions, regressed };
}
