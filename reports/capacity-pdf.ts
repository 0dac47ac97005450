// The capacity PDF: cover, executive summary, the test run, load and latency over time, what failed
// and when (if anything did), capacity curves, the replay, what to set, what to buy, transactions,
// assumptions, and the alarm definitions.
// Rendered in memory with node-canvas' PDF surface (text stays text, charts stay vectors, fonts are
// embedded); the CLI writes the file. Sections whose data is absent say so in one line.
import { createCanvas } from 'canvas';
import type { Analysis } from '../analysis/types.ts';
import type { Recommendation } from '../recommend/recommendation-types.ts';
import { absentAdvicePages } from './absent-advice.ts';
import { appendixPages } from './appendix-pages.ts';
import { assumptionsPages } from './assumptions-pages.ts';
import { capacityPages } from './capacity-pages.ts';
import { commitmentPages } from './commitment-pages.ts';
import { coverPages } from './cover-page.ts';
import { executiveSummaryPages } from './executive-summary.ts';
import { failuresPages } from './failures-pages.ts';
import { formatUtc } from './format.ts';
import { drawFooter } from './page-frame.ts';
import type { PageDrawer } from './page-drawer.ts';
import { recommendationPages } from './recommendation-pages.ts';
import { replayPages } from './replay-pages.ts';
import type { ReportInput } from './report-input.ts';
import { PAGE } from './theme.ts';
import { timelinePages } from './timeline-pages.ts';
import { titlePages } from './title-page.ts';
import { transactionPages } from './transactions-pages.ts';

export interface CapacityPdfOptions {
  /** Heading of page 1 and the PDF's title metadata. */
  readonly title?: string;
  /** The generation time shown in the footer and stored as the PDF creation date (default: now). */
  readonly now?: Date;
  /** The output of `recommend` for this run; without it the advice sections say how to get it. */
  readonly recommendation?: Recommendation | null;
}

export const DEFAULT_TITLE = 'Moodle capacity report';
export const RUN_SECTION_TITLE = 'The test run';

export function renderCapacityPdf(analysis: Analysis, options: CapacityPdfOptions = {}): Buffer {
  const title = options.title ?? DEFAULT_TITLE;
  const now = options.now ?? new Date();
  const input: ReportInput = { analysis, recommendation: options.recommendation ?? null };
  const canvas = createCanvas(PAGE.width, PAGE.height, 'pdf');
  const ctx = canvas.getContext('2d');
  // Real text in the PDF (selectable, searchable, small) instead of glyph outlines.
  ctx.textDrawingMode = 'glyph';

  // Lay out every page first (measuring with the same context), so footers can say "of M".
  const slo = input.recommendation?.capacity.sloP95Ms.value ?? analysis.capacity?.slo.p95Ms ?? null;
  const advice = input.recommendation === null;
  const pages: PageDrawer[] = [
    ...coverPages(ctx, input, title, now),
    ...executiveSummaryPages(ctx, input),
    ...titlePages(ctx, analysis, RUN_SECTION_TITLE),
    ...timelinePages(ctx, analysis, slo),
    ...failuresPages(ctx, analysis),
    ...capacityPages(ctx, input),
    ...(advice ? absentAdvicePages(ctx) : [...replayPages(ctx, input), ...recommendationPages(ctx, input), ...commitmentPages(ctx, input)]),
    ...transactionPages(ctx, analysis),
    ...assumptionsPages(ctx, input),
    ...(advice ? [] : appendixPages(ctx, input)),
  ];
  const footer = { reportTitle: title, generated: formatUtc(now.getTime()) };
  pages.forEach((draw, i) => {
    if (i > 0) ctx.addPage();
    draw(ctx);
    drawFooter(ctx, i + 1, pages.length, footer);
  });
  return canvas.toBuffer('application/pdf', { title, creator: 'moodle-capacity', creationDate: now });
}
