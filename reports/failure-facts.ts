// The facts the Failures section leads with: when failures first appeared, at what load, and which
// status class most failed requests had. Pure, so the numbers are testable without a PDF.
import type { Analysis, StatusClassCounts } from '../analysis/types.ts';
import { formatCount, formatPercent } from './format.ts';
import { formatElapsed, timeWindow } from './time-axis.ts';

export type StatusClass = keyof StatusClassCounts;

/** Legend order, and the tie-break for the dominant class: no response and server errors first. */
export const FAILURE_CLASSES: readonly StatusClass[] = ['none', '5xx', '4xx', '3xx', '2xx', '1xx', 'unknown'];

export const STATUS_LABEL: Readonly<Record<StatusClass, string>> = {
  none: 'no response (timeout, refused)',
  '1xx': '1xx',
  '2xx': '2xx (unexpected status)',
  '3xx': '3xx (redirect)',
  '4xx': '4xx (client error)',
  '5xx': '5xx (server error)',
  unknown: 'no status recorded',
};

export interface FirstFailure {
  /** Start of the first grid period with a failed request or check, seconds since the run start. */
  readonly seconds: number;
  /** Site requests/s of that period. */
  readonly rps: number;
  readonly failed: number;
  readonly checksFailed: number;
}

export interface DominantClass {
  readonly cls: StatusClass;
  readonly count: number;
  /** All failed requests with a status class (the sum of totals.failedByStatus). */
  readonly of: number;
  readonly share: number;
}

export interface FailureFacts {
  /** Null when no grid period recorded a failure (no samples on the grid). */
  readonly first: FirstFailure | null;
  /** Null when no request failed (only checks did). */
  readonly dominant: DominantClass | null;
}

export function failureFacts(a: Analysis): FailureFacts {
  const originMs = timeWindow(a).originMs;
  // The grid is sorted by the analyzer, but the order is not trusted (as in series.ts).
  const p = [...a.grid.points].sort((x, y) => x.t - y.t).find((g) => g.failed > 0 || g.checksFailed > 0);
  const first = p === undefined ? null : { seconds: (p.t - originMs) / 1000, rps: p.rps, failed: p.failed, checksFailed: p.checksFailed };
  const counts = a.totals.failedByStatus;
  const total = FAILURE_CLASSES.reduce((s, c) => s + counts[c], 0);
  // Strictly greater keeps the earlier class of FAILURE_CLASSES on a tie.
  const top = FAILURE_CLASSES.reduce((best, c) => (counts[c] > counts[best] ? c : best));
  const dominant = total === 0 ? null : { cls: top, count: counts[top], of: total, share: counts[top] / total };
  return { first, dominant };
}

/** The scenarios' failure kinds that occurred, most frequent first (ties by name). */
export function kindsByCount(byKind: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(byKind)
    .filter(([, n]) => n > 0)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
}

function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** The section's opening paragraph. */
export function failureLead(a: Analysis, facts: FailureFacts = failureFacts(a)): string {
  const f = facts.first;
  const when =
    f === null
      ? 'No period on the time grid recorded a failure, so when they began is not known.'
      : `Failures first appeared in the ${a.grid.periodSeconds} s period starting ${formatElapsed(f.seconds)} into the run, at a site load of ${formatCount(f.rps)} requests/s (${[f.failed > 0 ? plural(f.failed, 'failed request', 'failed requests') : '', f.checksFailed > 0 ? plural(f.checksFailed, 'failed check', 'failed checks') : ''].filter((s) => s !== '').join(', ')}).`;
  const d = facts.dominant;
  const what = d === null ? 'No request failed; only checks did.' : `Most failed requests were ${STATUS_LABEL[d.cls]}: ${formatCount(d.count)} of ${formatCount(d.of)} (${formatPercent(d.share)}).`;
  const allChecks = a.totals.checksFailed + a.totals.checksPassed;
  const checks = a.totals.checksFailed === 0 ? '' : ` ${formatCount(a.totals.checksFailed)} of ${plural(allChecks, 'check', 'checks')} failed (${formatPercent(a.totals.checksFailed / allChecks)}).`;
  return `${when} ${what}${checks}`;
}
