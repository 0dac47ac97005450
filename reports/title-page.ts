// Page 1: what was run, the headline numbers, how clean the input was, and the analyzer's notes.
// Everything is built as measured blocks; if the notes run long they continue on a following page.
import type { Analysis } from '../analysis/types.ts';
import { bullet, drawFlow, flowBlocks, paragraph, sectionHeading, sideBySide, spacer, stack, type Block } from './blocks.ts';
import type { PdfContext } from './chart-region.ts';
import { kindsByCount } from './failure-facts.ts';
import { formatBytes, formatCount, formatDuration, formatMs, formatPercent, formatUtc, NA } from './format.ts';
import { keyValues, type KeyValue } from './key-values.ts';
import { contentTop, drawPageHeading } from './page-frame.ts';
import type { PageDrawer } from './page-drawer.ts';
import { drawText, hRule, lineHeight } from './text.ts';
import { COLOR, CONTENT, SIZE } from './theme.ts';
import { tiles } from './tiles.ts';

const GAP = 12;
const KEY_WIDTH = 112;

function header(ctx: PdfContext, title: string, a: Analysis): Block {
  const target = paragraph(ctx, a.run.target, { size: SIZE.h2, color: COLOR.accent });
  const sub = `Scenario ${a.run.scenario} · profile ${a.run.profile}`;
  const titleHeight = lineHeight(SIZE.title);
  return {
    height: titleHeight + 6 + target.height + lineHeight(SIZE.body) + 18,
    draw(c, y) {
      drawText(c, title, CONTENT.left, y, { size: SIZE.title, weight: 'bold' });
      target.draw(c, y + titleHeight + 6);
      const below = y + titleHeight + 6 + target.height;
      drawText(c, sub, CONTENT.left, below, { size: SIZE.body, color: COLOR.muted });
      hRule(c, CONTENT.left, CONTENT.right, below + lineHeight(SIZE.body) + 6, COLOR.accent, 1);
    },
  };
}

/** The four numbers a change board asks for first, as tiles. */
function headlineTiles(a: Analysis): Block {
  const items: [string, string][] = [
    ['Requests', formatCount(a.totals.requests)],
    ['Error rate', formatPercent(a.totals.errorRate)],
    ['p95 latency', formatMs(a.totals.latency.p95Ms, true)],
    ['Peak VUs', formatCount(a.totals.vusMax)],
  ];
  return tiles(items);
}

function runFacts(a: Analysis): KeyValue[] {
  const start = Date.parse(a.run.startedAt);
  const end = a.run.endedAt === null ? Number.NaN : Date.parse(a.run.endedAt);
  const aborted = a.run.abortReason !== null || /abort|fail|error/i.test(a.run.status);
  const rows: KeyValue[] = [
    { key: 'Target', value: a.run.target },
    { key: 'Scenario', value: a.run.scenario },
    { key: 'Profile', value: a.run.profile },
    { key: 'k6 version', value: a.run.k6Version },
    { key: 'Started', value: formatUtc(a.run.startedAt) },
    { key: 'Ended', value: formatUtc(a.run.endedAt) },
    { key: 'Duration', value: formatDuration(end - start) },
    { key: 'Status', value: a.run.status, ...(aborted ? { color: COLOR.danger } : {}) },
  ];
  if (a.run.abortReason !== null) rows.push({ key: 'Abort reason', value: a.run.abortReason, color: COLOR.danger });
  rows.push({ key: 'Run directory', value: a.run.dir });
  return rows;
}

function totals(ctx: PdfContext, a: Analysis): Block {
  const t = a.totals;
  const half = (CONTENT.width - 20) / 2;
  const left: KeyValue[] = [
    { key: 'Requests', value: formatCount(t.requests) },
    { key: 'Failed requests', value: formatCount(t.failed) },
    { key: 'Error rate', value: formatPercent(t.errorRate) },
    { key: 'Iterations', value: formatCount(t.iterations) },
    { key: 'Dropped iterations', value: formatCount(t.droppedIterations) },
    { key: 'Checks passed', value: formatCount(t.checksPassed) },
    { key: 'Checks failed', value: formatCount(t.checksFailed) },
  ];
  const right: KeyValue[] = [
    { key: 'p50 latency', value: formatMs(t.latency.p50Ms, true) },
    { key: 'p95 latency', value: formatMs(t.latency.p95Ms, true) },
    { key: 'p99 latency', value: formatMs(t.latency.p99Ms, true) },
    { key: 'Max latency', value: formatMs(t.latency.maxMs, true) },
    { key: 'Peak VUs', value: formatCount(t.vusMax) },
    { key: 'Data received', value: formatBytes(t.dataReceivedBytes) },
    { key: 'Data sent', value: formatBytes(t.dataSentBytes) },
  ];
  const byKind =
    kindsByCount(t.failuresByKind)
      .map(([kind, n]) => `${kind} ${formatCount(n)}`)
      .join(' · ') || 'none';
  return stack([
    sideBySide(keyValues(ctx, left, CONTENT.left, half, 100), keyValues(ctx, right, CONTENT.left + half + 20, half, 100)),
    keyValues(ctx, [{ key: 'Failures by kind', value: byKind }], CONTENT.left, CONTENT.width, 100),
  ]);
}

function ingest(ctx: PdfContext, a: Analysis): Block {
  const i = a.ingest;
  const files = i.files.length <= 3 ? i.files.join(', ') : `${i.files.slice(0, 3).join(', ')} and ${i.files.length - 3} more`;
  const half = (CONTENT.width - 20) / 2;
  const left: KeyValue[] = [
    { key: 'Files', value: files === '' ? NA : files },
    { key: 'Lines', value: formatCount(i.lines) },
    { key: 'Samples', value: formatCount(i.samples) },
  ];
  const right: KeyValue[] = [
    { key: 'Bad lines', value: formatCount(i.badLines), ...(i.badLines > 0 ? { color: COLOR.danger } : {}) },
    { key: 'Truncated', value: i.truncated ? 'yes, a file ended mid-stream' : 'no', ...(i.truncated ? { color: COLOR.danger } : {}) },
  ];
  const examples = i.badExamples
    .slice(0, 3)
    .map((b) => paragraph(ctx, `${b.file}:${b.line}: ${b.reason}`, { size: SIZE.small, color: COLOR.muted }));
  const lists = sideBySide(
    keyValues(ctx, left, CONTENT.left, half, 100),
    keyValues(ctx, right, CONTENT.left + half + 20, half, 100),
  );
  return examples.length === 0 ? lists : stack([lists, spacer(4), ...examples]);
}

/** A section: space above, heading, body; kept together on one page. */
function section(title: string, body: Block): Block {
  return stack([spacer(GAP), sectionHeading(title), body]);
}

export function titlePages(ctx: PdfContext, a: Analysis, title: string): PageDrawer[] {
  const notes = a.notes.map((n) => bullet(ctx, n));
  const blocks: Block[] = [
    header(ctx, title, a),
    headlineTiles(a),
    section('Run', keyValues(ctx, runFacts(a), CONTENT.left, CONTENT.width, KEY_WIDTH)),
    section('Headline totals', totals(ctx, a)),
    section('Ingest', ingest(ctx, a)),
    // The heading travels with the first note so it never ends a page on its own; long notes flow on.
    section('Notes', notes[0] ?? paragraph(ctx, 'None.', { size: SIZE.body, color: COLOR.muted })),
    ...notes.slice(1),
  ];
  return flowBlocks(blocks, CONTENT.top, contentTop(false), 0).map((pageBlocks, i) => (c: PdfContext) => {
    const top = i === 0 ? CONTENT.top : drawPageHeading(c, `${title}: summary (continued)`);
    drawFlow(c, pageBlocks, top, 0);
  });
}
