// The capacity PDF: title page, load and latency over time, per-transaction table. Rendered in memory
// with node-canvas' PDF surface (text stays text, charts stay vectors); the CLI writes the file.
import { createCanvas } from 'canvas';
import type { Analysis } from '../analysis/types.ts';
import { formatUtc } from './format.ts';
import { drawFooter } from './page-frame.ts';
import type { PageDrawer } from './page-drawer.ts';
import { PAGE } from './theme.ts';
import { timelinePages } from './timeline-pages.ts';
import { titlePages } from './title-page.ts';
import { transactionPages } from './transactions-pages.ts';

export interface CapacityPdfOptions {
  /** Heading of page 1 and the PDF's title metadata. */
  readonly title?: string;
  /** The generation time shown in the footer and stored as the PDF creation date (default: now). */
  readonly now?: Date;
}

export const DEFAULT_TITLE = 'Moodle capacity report';

export function renderCapacityPdf(analysis: Analysis, options: CapacityPdfOptions = {}): Buffer {
  const title = options.title ?? DEFAULT_TITLE;
  const now = options.now ?? new Date();
  const canvas = createCanvas(PAGE.width, PAGE.height, 'pdf');
  const ctx = canvas.getContext('2d');
  // Real text in the PDF (selectable, searchable, small) instead of glyph outlines.
  ctx.textDrawingMode = 'glyph';

  // Lay out every page first (measuring with the same context), so footers can say "of M".
  const pages: PageDrawer[] = [
    ...titlePages(ctx, analysis, title),
    ...timelinePages(ctx, analysis),
    ...transactionPages(ctx, analysis),
  ];
  const footer = { reportTitle: title, generated: formatUtc(now.getTime()) };
  pages.forEach((draw, i) => {
    if (i > 0) ctx.addPage();
    draw(ctx);
    drawFooter(ctx, i + 1, pages.length, footer);
  });
  return canvas.toBuffer('application/pdf', { title, creator: 'moodle-capacity', creationDate: now });
}
