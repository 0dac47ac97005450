// Text drawing on a PDF page. y is always the top of the line box, so layout code can add heights.
import type { PdfContext } from './chart-region.ts';
import { COLOR, font, type Weight } from './theme.ts';
import { wrapText, type Measure } from './wrap.ts';

export interface TextStyle {
  readonly size: number;
  readonly weight?: Weight;
  readonly color?: string;
  readonly align?: 'left' | 'right' | 'center';
}

export function lineHeight(size: number): number {
  return Math.round(size * 1.4 * 10) / 10;
}

function apply(ctx: PdfContext, style: TextStyle): void {
  ctx.font = font(style.size, style.weight);
  ctx.fillStyle = style.color ?? COLOR.text;
  ctx.textAlign = style.align ?? 'left';
  ctx.textBaseline = 'top';
}

export function measurer(ctx: PdfContext, style: TextStyle): Measure {
  return (text) => {
    ctx.font = font(style.size, style.weight);
    return ctx.measureText(text).width;
  };
}

export function drawText(ctx: PdfContext, text: string, x: number, y: number, style: TextStyle): void {
  apply(ctx, style);
  // Centre the glyphs in the line box: 'top' puts the ascent at y, leave the extra leading above.
  ctx.fillText(text, x, y + (lineHeight(style.size) - style.size * 1.16) / 2);
}

/** Draws lines one under the other; returns the height used. */
export function drawLines(ctx: PdfContext, lines: readonly string[], x: number, y: number, style: TextStyle): number {
  const lh = lineHeight(style.size);
  lines.forEach((line, i) => drawText(ctx, line, x, y + i * lh, style));
  return lines.length * lh;
}

export function wrapFor(ctx: PdfContext, text: string, width: number, style: TextStyle, maxLines?: number): string[] {
  return wrapText(text, width, measurer(ctx, style), maxLines);
}

export function hRule(ctx: PdfContext, x1: number, x2: number, y: number, color: string = COLOR.rule, width = 0.6): void {
  ctx.beginPath();
  ctx.moveTo(x1, y);
  ctx.lineTo(x2, y);
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.stroke();
}
