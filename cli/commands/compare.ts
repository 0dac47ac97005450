// compare RUN_A RUN_B: per-transaction p95, error rate and throughput of two analysed runs, for CI
// gating between releases. Exits 3 when B regressed beyond a threshold (0 otherwise; 1–2 are errors).
import { compareAnalyses, DEFAULT_THRESHOLDS, type Comparison, type TransactionDiff } from '../../analysis/compare.ts';
import { readAnalysis } from '../../io/analyze-run.ts';
import { booleanFlag, numberFlag } from '../args.ts';
import type { Command } from '../types.ts';

export const REGRESSION_EXIT_CODE = 3;

const num = (v: number | null, digits: number, unit = ''): string => (v === null ? 'n/a' : `${v.toFixed(digits)}${unit}`);
const signed = (v: number | null, digits: number, unit: string): string => (v === null ? '' : `${v >= 0 ? '+' : ''}${v.toFixed(digits)}${unit}`);

function row(d: TransactionDiff): string[] {
  return [
    d.name,
    `${num(d.a?.p95Ms ?? null, 0)} → ${num(d.b?.p95Ms ?? null, 0)} ms ${signed(d.p95ChangePct, 1, ' %')}`,
    `${num(d.a === null ? null : d.a.errorRate * 100, 2)} → ${num(d.b === null ? null : d.b.errorRate * 100, 2)} % ${signed(d.errorRateChangePp, 2, ' pp')}`,
    `${num(d.a?.throughputRps ?? null, 2)} → ${num(d.b?.throughputRps ?? null, 2)} ${signed(d.throughputChangePct, 1, ' %')}`,
    d.verdict === 'regressed' ? `REGRESSED: ${d.reasons.join(', ')}` : d.verdict === 'only-in-a' ? `REGRESSED: ${d.reasons.join(', ')}` : d.verdict,
  ];
}

export function formatComparison(c: Comparison, a: string, b: string): string {
  const rows = [['transaction', 'p95 (A → B)', 'errors (A → B)', 'req/s (A → B)', 'verdict'], ...c.transactions.map(row), row(c.total)];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const lines = rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
  const t = c.thresholds;
  return [
    `A: ${a}`,
    `B: ${b}`,
    `thresholds: p95 +${t.p95Pct} %, errors +${t.errorRatePp} pp, throughput −${t.throughputPct} %, judged from ${t.minRequests} requests`,
    '',
    ...lines,
    '',
    c.regressed ? 'B regressed beyond the thresholds.' : 'No regression beyond the thresholds.',
  ].join('\n');
}

export const command: Command = {
  name: 'compare',
  summary: 'compare two analysed runs per transaction (p95, errors, throughput) for CI gating',
  usage: 'RUN_A RUN_B [--threshold PCT] [--errors PP] [--throughput PCT] [--min-requests N] [--json]',
  description: [
    'Reads RUN_A/analysis.json (the baseline) and RUN_B/analysis.json (the candidate) and shows, per transaction',
    'and in total, p95 latency, error rate and throughput with their changes. Exits 3 when B is worse than A beyond',
    'a threshold (p95 grew more than --threshold %, the error rate more than --errors points, throughput fell more',
    'than --throughput %, or a transaction vanished), 0 otherwise.',
  ].join('\n'),
  positionals: { min: 2, max: 2 },
  options: {
    threshold: { type: 'string', valueName: 'PCT', default: String(DEFAULT_THRESHOLDS.p95Pct), description: 'largest allowed p95 growth, percent' },
    errors: { type: 'string', valueName: 'PP', default: String(DEFAULT_THRESHOLDS.errorRatePp), description: 'largest allowed error-rate growth, percentage points' },
    throughput: { type: 'string', valueName: 'PCT', default: String(DEFAULT_THRESHOLDS.throughputPct), description: 'largest allowed throughput drop, percent' },
    'min-requests': { type: 'string', valueName: 'N', default: String(DEFAULT_THRESHOLDS.minRequests), description: 'judge a transaction only with at least N requests in both runs' },
    json: { type: 'boolean', description: 'print the comparison as JSON' },
  },
  async run(ctx) {
    const [dirA = '', dirB = ''] = ctx.positionals;
    const nonNegative = (n: number): boolean => n >= 0;
    const thresholds = {
      p95Pct: numberFlag(ctx, 'threshold', nonNegative, 'a percentage ≥ 0') ?? DEFAULT_THRESHOLDS.p95Pct,
      errorRatePp: numberFlag(ctx, 'errors', nonNegative, 'percentage points ≥ 0') ?? DEFAULT_THRESHOLDS.errorRatePp,
      throughputPct: numberFlag(ctx, 'throughput', nonNegative, 'a percentage ≥ 0') ?? DEFAULT_THRESHOLDS.throughputPct,
      minRequests: numberFlag(ctx, 'min-requests', (n) => Number.isInteger(n) && n >= 0, 'a whole number ≥ 0') ?? DEFAULT_THRESHOLDS.minRequests,
    };
    const comparison = compareAnalyses(readAnalysis(dirA), readAnalysis(dirB), thresholds);
    console.log(booleanFlag(ctx, 'json') ? JSON.stringify(comparison, null, 2) : formatComparison(comparison, dirA, dirB));
    return comparison.regressed ? REGRESSION_EXIT_CODE : 0;
  },
};
