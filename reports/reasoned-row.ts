// A recommended number and why: the name and value on the left, the reasoning wrapped on the right.
import type { Block } from './blocks.ts';
import type { PdfContext } from './chart-region.ts';
import { drawLines, drawText, hRule, lineHeight, measurer, wrapFor } from './text.ts';
import { COLOR, CONTENT, SIZE } from './theme.ts';

const LEFT = 170;

export function reasonedRow(ctx: PdfContext, name: string, value: string, reasoning: string): Block {
  const style = { size: SIZE.body } as const;
  // Long identifiers (ASGAverageCPUUtilization) get the smaller size rather than a break mid-word.
  const big = { size: SIZE.h2, weight: 'bold' } as const;
  const valueStyle = measurer(ctx, big)(value) <= LEFT - 10 ? big : ({ size: SIZE.body, weight: 'bold' } as const);
  const valueLines = wrapFor(ctx, value, LEFT - 10, valueStyle);
  const lines = wrapFor(ctx, reasoning, CONTENT.width - LEFT, style);
  const left = lineHeight(SIZE.small) + valueLines.length * lineHeight(valueStyle.size);
  const height = Math.max(left, lines.length * lineHeight(SIZE.body)) + 8;
  return {
    height,
    draw(c, y) {
      drawText(c, name, CONTENT.left, y, { size: SIZE.small, color: COLOR.muted });
      drawLines(c, valueLines, CONTENT.left, y + lineHeight(SIZE.small), valueStyle);
      drawLines(c, lines, CONTENT.left + LEFT, y, style);
      hRule(c, CONTENT.left, CONTENT.right, y + height - 3, COLOR.grid, 0.5);
    },
  };
}
