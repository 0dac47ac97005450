// A two-column list of facts (label, value), values wrapped so long URLs and paths stay on the page.
import type { Block } from './blocks.ts';
import type { PdfContext } from './chart-region.ts';
import { hRule, drawLines, drawText, lineHeight, wrapFor } from './text.ts';
import { COLOR, SIZE } from './theme.ts';

export interface KeyValue {
  readonly key: string;
  readonly value: string;
  /** Colour of the value, for the few facts that deserve attention (an aborted run). */
  readonly color?: string;
}

const ROW_PADDING = 2;

export function keyValues(ctx: PdfContext, rows: readonly KeyValue[], x: number, width: number, keyWidth: number): Block {
  const valueStyle = { size: SIZE.body } as const;
  const laidOut = rows.map((row) => ({ row, lines: wrapFor(ctx, row.value, width - keyWidth, valueStyle, 4) }));
  const heights = laidOut.map((r) => r.lines.length * lineHeight(SIZE.body) + 2 * ROW_PADDING);
  return {
    height: heights.reduce((a, b) => a + b, 0),
    draw(c, y) {
      let at = y;
      laidOut.forEach(({ row, lines }, i) => {
        drawText(c, row.key, x, at + ROW_PADDING, { size: SIZE.body, color: COLOR.muted });
        drawLines(c, lines, x + keyWidth, at + ROW_PADDING, { size: SIZE.body, color: row.color ?? COLOR.text });
        at += heights[i] ?? 0;
        hRule(c, x, x + width, at, COLOR.grid, 0.5);
      });
    },
  };
}
