// What broke and when: a lead with the first failure and the dominant status class, failed requests
// per second by status class over time, the scenarios' failure kinds and the failing checks. A run
// without failures gets no pages (the title page already says zero).
import type { Analysis, CheckSummary } from '../analysis/types.ts';
import { notice, paragraph, stack, type Block } from './blocks.ts';
import type { PdfContext } from './chart-region.ts';
import { FAILURE_CLASSES, failureFacts, failureLead, kindsByCount, STATUS_LABEL, type StatusClass } from './failure-facts.ts';
import { drawFailuresChart, type FailureLine } from './failures-chart.ts';
import { figure, figureCaption } from './figure.ts';
import { flowPages } from './flow-pages.ts';
import { formatCount, formatPercent, formatUtc } from './format.ts';
import type { PageDrawer } from './page-drawer.ts';
import { withGaps } from './series.ts';
import type { Column } from './table.ts';
import { tableBlocks } from './table-block.ts';
import { COLOR, SIZE } from './theme.ts';
import { timeWindow, type TimeWindow } from './time-axis.ts';

const CHART_HEIGHT = 200;
const TOP_CHECKS = 12;

const CLASS_COLOR: Readonly<Record<StatusClass, string>> = {
  none: COLOR.series[2],
  '5xx': COLOR.danger,
  '4xx': COLOR.series[1],
  '3xx': COLOR.series[0],
  '2xx': COLOR.series[3],
  '1xx': COLOR.series[4],
  unknown: COLOR.muted,
};

/** One line per status class that failed at all on the grid, then failed checks (dashed) if any. */
function failureLines(a: Analysis, window: TimeWindow): FailureLine[] {
  const pts = a.grid.points;
  const per = a.grid.periodSeconds;
  const rate = (v: (p: (typeof pts)[number]) => number) => withGaps(pts.map((p) => ({ t: p.t, v: v(p) / per })), per, window);
  const classes = FAILURE_CLASSES.filter((c) => pts.some((p) => p.failedByStatus[c] > 0));
  const lines = classes.map((c): FailureLine => ({ label: STATUS_LABEL[c], points: rate((p) => p.failedByStatus[c]), color: CLASS_COLOR[c] }));
  if (pts.some((p) => p.checksFailed > 0)) lines.push({ label: 'failed checks/s', points: rate((p) => p.checksFailed), color: COLOR.text, dashed: true });
  return lines;
}

function chart(ctx: PdfContext, a: Analysis): Block {
  const window = timeWindow(a);
  const lines = failureLines(a, window);
  const title = 'Failed requests per second by status class';
  if (lines.length === 0) return notice(ctx, `${title}: no period on the time grid recorded a failure, so there is nothing to plot over time.`);
  const checks = lines.some((l) => l.dashed === true) ? ' Failed checks per second dashed.' : a.totals.checksFailed > 0 ? ' The failed checks are not on the time grid, so they are not plotted.' : '';
  const detail = `Per ${a.grid.periodSeconds} s period; time as m:ss since the run started (${formatUtc(window.originMs)}), as on the timeline pages. "No response" is status 0: a timeout or a refused connection.${checks}`;
  return figure(ctx, title, detail, CHART_HEIGHT, (c, box) => drawFailuresChart(c, box, { lines, window }));
}

const MUTED = { size: SIZE.body, color: COLOR.muted } as const;

/** The caption travels with the first rows so it never ends a page on its own. */
function captioned(head: Block, [first, ...rest]: Block[]): Block[] {
  return first === undefined ? [head] : [stack([head, first], 2), ...rest];
}

type KindRow = { readonly kind: string; readonly count: number; readonly share: number };

const kindColumns: readonly Column<KindRow>[] = [
  { title: 'Failure kind', width: 'flex', align: 'left', cell: (r) => r.kind },
  { title: 'Failures', width: 70, align: 'right', cell: (r) => formatCount(r.count) },
  { title: 'Share', width: 60, align: 'right', cell: (r) => formatPercent(r.share) },
];

function kinds(ctx: PdfContext, a: Analysis): Block[] {
  const head = figureCaption(ctx, 'Failures by kind', "The scenarios' own classification of what went wrong (moodle_failures counter), most frequent first.");
  const entries = kindsByCount(a.totals.failuresByKind);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  const rows = entries.map(([kind, count]) => ({ kind, count, share: count / total }));
  if (rows.length === 0) return [stack([head, paragraph(ctx, 'None: the scenarios classified no failure.', MUTED)])];
  return captioned(head, tableBlocks(ctx, kindColumns, rows));
}

const checkColumns: readonly Column<CheckSummary>[] = [
  { title: 'Check', width: 'flex', align: 'left', cell: (c) => c.name },
  { title: 'Passes', width: 60, align: 'right', cell: (c) => formatCount(c.passes) },
  { title: 'Fails', width: 60, align: 'right', cell: (c) => formatCount(c.fails) },
  { title: 'Fail %', width: 60, align: 'right', cell: (c) => formatPercent(c.fails / (c.passes + c.fails)), color: () => COLOR.danger },
];

function checks(ctx: PdfContext, a: Analysis): Block[] {
  const failing = a.checks.filter((c) => c.fails > 0).sort((x, y) => y.fails - x.fails || x.name.localeCompare(y.name));
  const shown = failing.slice(0, TOP_CHECKS);
  const detail =
    failing.length > TOP_CHECKS ? `The ${TOP_CHECKS} with the most fails of ${failing.length} failing checks.` : failing.length > 0 ? `${failing.length} failing check${failing.length === 1 ? '' : 's'}, most fails first.` : '';
  const head = figureCaption(ctx, 'Failing checks', detail);
  if (shown.length === 0) {
    const why = a.totals.checksFailed === 0 ? 'None: every check passed.' : `${formatCount(a.totals.checksFailed)} checks failed, but the analysis lists no per-check counts.`;
    return [stack([head, paragraph(ctx, why, MUTED)])];
  }
  return captioned(head, tableBlocks(ctx, checkColumns, shown, TOP_CHECKS));
}

export function failuresPages(ctx: PdfContext, a: Analysis): PageDrawer[] {
  if (a.totals.failed === 0 && a.totals.checksFailed === 0) return [];
  const blocks: Block[] = [paragraph(ctx, failureLead(a, failureFacts(a)), { size: SIZE.body }), chart(ctx, a), ...kinds(ctx, a), ...checks(ctx, a)];
  return flowPages('Failures', 'what failed, and when', blocks);
}
