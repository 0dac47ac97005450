// Measured pieces of page content that flow down a page and on to the next one when they run out of
// room. Measuring happens when a block is built, so the page count is known before anything is drawn
// (the footer needs "of M").
import type { PdfContext } from './chart-region.ts';
import { packByHeight } from './paginate.ts';
import { drawLines, drawText, lineHeight, wrapFor, type TextStyle } from './text.ts';
import { COLOR, CONTENT, SIZE } from './theme.ts';

export interface Block {
  readonly height: number;
  draw(ctx: PdfContext, y: number): void;
}

/** Blocks stacked with `gap` between them, as one block (e.g. a heading kept with what follows). */
export function stack(blocks: readonly Block[], gap = 0): Block {
  const height = blocks.reduce((sum, b) => sum + b.height, 0) + gap * Math.max(0, blocks.length - 1);
  return {
    height,
    draw(ctx, y) {
      let at = y;
      for (const b of blocks) {
        b.draw(ctx, at);
        at += b.height + gap;
      }
    },
  };
}

export function spacer(height: number): Block {
  return { height, draw: () => undefined };
}

export function sideBySide(left: Block, right: Block): Block {
  return {
    height: Math.max(left.height, right.height),
    draw(ctx, y) {
      left.draw(ctx, y);
      right.draw(ctx, y);
    },
  };
}

export function paragraph(ctx: PdfContext, text: string, style: TextStyle, x = CONTENT.left, width = CONTENT.width): Block {
  const lines = wrapFor(ctx, text, width, style);
  return { height: lines.length * lineHeight(style.size), draw: (c, y) => void drawLines(c, lines, x, y, style) };
}

export function sectionHeading(text: string): Block {
  return {
    height: lineHeight(SIZE.h2) + 4,
    draw(ctx, y) {
      drawText(ctx, text, CONTENT.left, y, { size: SIZE.h2, weight: 'bold', color: COLOR.accent });
    },
  };
}

export function bullet(ctx: PdfContext, text: string): Block {
  const style = { size: SIZE.body } as const;
  const indent = 12;
  const lines = wrapFor(ctx, text, CONTENT.width - indent, style);
  return {
    height: lines.length * lineHeight(style.size) + 3,
    draw(c, y) {
      drawText(c, '•', CONTENT.left + 2, y, style);
      drawLines(c, lines, CONTENT.left + indent, y, style);
    },
  };
}

/** Flows blocks into pages: the first page's content starts at `firstTop`, later pages at `top`. */
export function flowBlocks(blocks: readonly Block[], firstTop: number, top: number, gap: number): Block[][] {
  const withGap = (b: Block) => b.height + gap;
  return packByHeight(blocks, withGap, CONTENT.bottom - firstTop + gap, CONTENT.bottom - top + gap);
}

/** Draws one page's worth of flowed blocks from `top`. */
export function drawFlow(ctx: PdfContext, blocks: readonly Block[], top: number, gap: number): void {
  stack(blocks, gap).draw(ctx, top);
}

/** A shaded box with a message, standing in for a chart that has nothing to show. */
export function notice(ctx: PdfContext, text: string, minHeight = 0): Block {
  const pad = 10;
  const style = { size: SIZE.body, color: COLOR.text } as const;
  const lines = wrapFor(ctx, text, CONTENT.width - 2 * pad - 4, style);
  const height = Math.max(minHeight, lines.length * lineHeight(style.size) + 2 * pad);
  return {
    height,
    draw(c, y) {
      c.fillStyle = COLOR.panel;
      c.fillRect(CONTENT.left, y, CONTENT.width, height);
      c.fillStyle = COLOR.rule;
      c.fillRect(CONTENT.left, y, 2, height);
      drawLines(c, lines, CONTENT.left + pad + 4, y + pad, style);
    },
  };
}
