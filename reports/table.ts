// A plain data table: one flexible text column that wraps (transaction names are often URLs), the
// other columns fixed-width and single-line. Rows are measured up front so they can be paginated.
import type { PdfContext } from './chart-region.ts';
import { drawLines, drawText, hRule, lineHeight, measurer, wrapFor } from './text.ts';
import { COLOR, CONTENT, SIZE } from './theme.ts';
import { ellipsize } from './wrap.ts';

export interface Column<R> {
  readonly title: string;
  /** Points, or 'flex' for the one column that takes the remaining width. */
  readonly width: number | 'flex';
  readonly align: 'left' | 'right';
  readonly cell: (row: R) => string;
  /** A colour for cells that deserve attention; undefined for the normal text colour. */
  readonly color?: (row: R) => string | undefined;
}

export interface LaidOutRow<R> {
  readonly row: R;
  readonly cells: readonly (readonly string[])[];
  readonly height: number;
}

const PAD_X = 4;
const PAD_Y = 3;
const MAX_LINES = 3;
const cellStyle = { size: SIZE.table } as const;
const headStyle = { size: SIZE.table, weight: 'bold', color: COLOR.muted } as const;

export const HEADER_HEIGHT = lineHeight(SIZE.table) + 2 * PAD_Y + 2;

function widths<R>(columns: readonly Column<R>[]): number[] {
  const fixed = columns.reduce((sum, c) => sum + (c.width === 'flex' ? 0 : c.width), 0);
  return columns.map((c) => (c.width === 'flex' ? CONTENT.width - fixed : c.width));
}

export function layoutRows<R>(ctx: PdfContext, columns: readonly Column<R>[], rows: readonly R[]): LaidOutRow<R>[] {
  const w = widths(columns);
  const measure = measurer(ctx, cellStyle);
  return rows.map((row) => {
    const cells = columns.map((c, i) => {
      const inner = (w[i] ?? 0) - 2 * PAD_X;
      const text = c.cell(row);
      return c.width === 'flex' ? wrapFor(ctx, text, inner, cellStyle, MAX_LINES) : [ellipsize(text, inner, measure)];
    });
    const lines = Math.max(1, ...cells.map((c) => c.length));
    return { row, cells, height: lines * lineHeight(SIZE.table) + 2 * PAD_Y };
  });
}

function cellX(x: number, width: number, align: 'left' | 'right'): number {
  return align === 'right' ? x + width - PAD_X : x + PAD_X;
}

/** Draws the header and the given rows from `y`. */
export function drawTable<R>(ctx: PdfContext, columns: readonly Column<R>[], rows: readonly LaidOutRow<R>[], y: number): void {
  const w = widths(columns);
  const xs = w.map((_, i) => CONTENT.left + w.slice(0, i).reduce((a, b) => a + b, 0));
  columns.forEach((c, i) => drawText(ctx, c.title, cellX(xs[i] ?? 0, w[i] ?? 0, c.align), y + PAD_Y, { ...headStyle, align: c.align }));
  let at = y + HEADER_HEIGHT;
  hRule(ctx, CONTENT.left, CONTENT.right, at - 1, COLOR.text, 0.8);
  rows.forEach((r, n) => {
    if (n % 2 === 1) {
      ctx.fillStyle = COLOR.zebra;
      ctx.fillRect(CONTENT.left, at, CONTENT.width, r.height);
    }
    columns.forEach((c, i) => {
      const style = { ...cellStyle, align: c.align, color: c.color?.(r.row) ?? COLOR.text };
      drawLines(ctx, r.cells[i] ?? [], cellX(xs[i] ?? 0, w[i] ?? 0, c.align), at + PAD_Y, style);
    });
    at += r.height;
  });
  hRule(ctx, CONTENT.left, CONTENT.right, at, COLOR.rule, 0.6);
}
