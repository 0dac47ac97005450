// What every page has: a heading at the top and the footer (report name, generation time, page N of M).
import type { PdfContext } from './chart-region.ts';
import { drawText, hRule, lineHeight } from './text.ts';
import { COLOR, CONTENT, PAGE, SIZE } from './theme.ts';

const SUBTITLE_HEIGHT = lineHeight(SIZE.small) + 1;

/** Where content starts under a page heading, known before drawing so pages can be laid out. */
export function contentTop(withSubtitle: boolean): number {
  return CONTENT.top + lineHeight(SIZE.h1) + (withSubtitle ? SUBTITLE_HEIGHT : 0) + 5 + 12;
}

/** Draws a page heading with an optional muted sub-line; returns the y where content starts. */
export function drawPageHeading(ctx: PdfContext, title: string, subtitle?: string): number {
  let y = CONTENT.top;
  drawText(ctx, title, CONTENT.left, y, { size: SIZE.h1, weight: 'bold' });
  y += lineHeight(SIZE.h1);
  if (subtitle !== undefined) {
    drawText(ctx, subtitle, CONTENT.left, y + 1, { size: SIZE.small, color: COLOR.muted });
    y += SUBTITLE_HEIGHT;
  }
  hRule(ctx, CONTENT.left, CONTENT.right, y + 5, COLOR.accent, 1);
  return contentTop(subtitle !== undefined);
}

export interface FooterFacts {
  readonly reportTitle: string;
  readonly generated: string;
}

export function drawFooter(ctx: PdfContext, page: number, pages: number, facts: FooterFacts): void {
  const y = PAGE.footerTop;
  hRule(ctx, CONTENT.left, CONTENT.right, y);
  const style = { size: SIZE.small, color: COLOR.muted } as const;
  drawText(ctx, `${facts.reportTitle} · generated ${facts.generated}`, CONTENT.left, y + 6, style);
  drawText(ctx, `Page ${page} of ${pages}`, CONTENT.right, y + 6, { ...style, align: 'right' });
}
