// Tables as flowing blocks: a short one as one block, a long one as header-repeating chunks.
import type { Block } from './blocks.ts';
import type { PdfContext } from './chart-region.ts';
import { drawTable, HEADER_HEIGHT, layoutRows, type Column } from './table.ts';

export function tableBlock<R>(ctx: PdfContext, columns: readonly Column<R>[], rows: readonly R[]): Block {
  const laid = layoutRows(ctx, columns, rows);
  return { height: HEADER_HEIGHT + laid.reduce((s, r) => s + r.height, 0) + 2, draw: (c, y) => drawTable(c, columns, laid, y) };
}

/** A table of any length as blocks of `perBlock` rows, each with the header, so it breaks across pages cleanly. */
export function tableBlocks<R>(ctx: PdfContext, columns: readonly Column<R>[], rows: readonly R[], perBlock = 12): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < rows.length; i += perBlock) out.push(tableBlock(ctx, columns, rows.slice(i, i + perBlock)));
  return out.length === 0 ? [tableBlock(ctx, columns, [])] : out;
}
