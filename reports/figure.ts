// A figure: a bold caption with muted detail, then a chart in a box the width of the page.
import { stack, type Block } from './blocks.ts';
import type { Box, PdfContext } from './chart-region.ts';
import { drawLines, lineHeight, wrapFor } from './text.ts';
import { COLOR, CONTENT, SIZE } from './theme.ts';

export function chartBlock(height: number, draw: (c: PdfContext, box: Box) => void): Block {
  return { height, draw: (c, y) => draw(c, { x: CONTENT.left, y, width: CONTENT.width, height }) };
}

export function figureCaption(ctx: PdfContext, label: string, detail: string): Block {
  const bold = { size: SIZE.body, weight: 'bold' } as const;
  const muted = { size: SIZE.small, color: COLOR.muted } as const;
  const labelLines = wrapFor(ctx, label, CONTENT.width, bold);
  const detailLines = detail === '' ? [] : wrapFor(ctx, detail, CONTENT.width, muted);
  const h = labelLines.length * lineHeight(SIZE.body) + detailLines.length * lineHeight(SIZE.small) + 3;
  return {
    height: h,
    draw(c, y) {
      const used = drawLines(c, labelLines, CONTENT.left, y, bold);
      drawLines(c, detailLines, CONTENT.left, y + used, muted);
    },
  };
}

export function figure(ctx: PdfContext, label: string, detail: string, height: number, draw: (c: PdfContext, box: Box) => void): Block {
  return stack([figureCaption(ctx, label, detail), chartBlock(height, draw)], 2);
}
