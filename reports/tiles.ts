// A row of headline tiles: a small label over a big number, as the cover and the summary show them.
import type { Block } from './blocks.ts';
import { drawText } from './text.ts';
import { COLOR, CONTENT, SIZE } from './theme.ts';

export function tiles(items: readonly [string, string][]): Block {
  const gap = 10;
  const w = (CONTENT.width - gap * (items.length - 1)) / items.length;
  const h = 46;
  return {
    height: h,
    draw(c, y) {
      items.forEach(([label, value], i) => {
        const x = CONTENT.left + i * (w + gap);
        c.fillStyle = COLOR.panel;
        c.fillRect(x, y, w, h);
        c.fillStyle = COLOR.accent;
        c.fillRect(x, y, 2, h);
        drawText(c, label, x + 10, y + 7, { size: SIZE.small, color: COLOR.muted });
        drawText(c, value, x + 10, y + 20, { size: SIZE.h1, weight: 'bold' });
      });
    },
  };
}
