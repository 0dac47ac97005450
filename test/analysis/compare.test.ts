import { describe, expect, it } from 'vitest';
import { compareAnalyses, DEFAULT_THRESHOLDS } from '../../analysis/compare.ts';
import type { Analysis, TransactionSummary } from '../../analysis/types.ts';
import { makeAnalysis, makeTransactions } from '../reports/fixture.ts';

function withTransactions(a: Analysis, change: (t: TransactionSummary) => TransactionSummary | null): Analysis {
  return { ...a, transactions: a.transactions.flatMap((t) => change(t) ?? []) };
}

describe('compareAnalyses', () => {
  const a = makeAnalysis({ transactions: makeTransactions(['GET /my/', 'POST /login/index.php', 'GET /mod/quiz/view.php', 'GET /rare']) });

  it('finds no regression between a run and itself', () => {
    const c = compareAnalyses(a, a);
    expect(c.regressed).toBe(false);
    expect(c.transactions.every((t) => t.verdict === 'ok' || t.verdict === 'too-few-requests')).toBe(true);
    expect(c.total.p95ChangePct).toBe(0);
  });

  it('flags p95 growth, error growth and throughput loss beyond their thresholds, each with its reason', () => {
    const b = withTransactions(a, (t) => {
      if (t.name === 'GET /my/') return { ...t, latency: { ...t.latency, p95Ms: (t.latency.p95Ms ?? 0) * 1.25 } };
      if (t.name === 'POST /login/index.php') return { ...t, errorRate: t.errorRate + 0.02 };
      if (t.name === 'GET /mod/quiz/view.php') return { ...t, throughputRps: t.throughputRps * 0.8 };
      return t;
    });
    const c = compareAnalyses(a, b);
    const verdict = Object.fromEntries(c.transactions.map((t) => [t.name, [t.verdict, t.reasons.join('; ')]]));
    expect(verdict['GET /my/']).toEqual(['regressed', 'p95 +25.0 % > 10 %']);
    expect(verdict['POST /login/index.php']).toEqual(['regressed', 'errors +2.00 pp > 1 pp']);
    expect(verdict['GET /mod/quiz/view.php']).toEqual(['regressed', 'throughput -20.0 % < −10 %']);
    expect(c.regressed).toBe(true);
    expect(compareAnalyses(a, b, { ...DEFAULT_THRESHOLDS, p95Pct: 30, errorRatePp: 3, throughputPct: 25 }).regressed).toBe(false);
  });

  it('treats a transaction that vanished as a regression and one that is new as information', () => {
    const b = withTransactions(a, (t) => (t.name === 'GET /my/' ? null : t));
    const c = compareAnalyses(a, b);
    expect(c.transactions.find((t) => t.name === 'GET /my/')?.verdict).toBe('only-in-a');
    expect(c.regressed).toBe(true);
    expect(compareAnalyses(b, a).transactions.find((t) => t.name === 'GET /my/')?.verdict).toBe('only-in-b');
    expect(compareAnalyses(b, a).regressed).toBe(false);
  });

  it('does not judge transactions with too few requests', () => {
    const tiny = withTransactions(a, (t) => ({ ...t, requests: 5, latency: { ...t.latency, p95Ms: 99_999 } }));
    const c = compareAnalyses(tiny, withTransactions(tiny, (t) => ({ ...t, latency: { ...t.latency, p95Ms: 1 } })));
    expect(c.transactions.every((t) => t.verdict === 'too-few-requests')).toBe(true);
  });
});
