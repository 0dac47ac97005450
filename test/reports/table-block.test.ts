// Long tables in flowing sections break into header-repeating chunks, never one block taller than a page.
import { createCanvas } from 'canvas';
import { describe, expect, it } from 'vitest';
import { flowBlocks } from '../../reports/blocks.ts';
import { contentTop } from '../../reports/page-frame.ts';
import { tableBlocks } from '../../reports/table-block.ts';
import { CONTENT } from '../../reports/theme.ts';

describe('tableBlocks', () => {
  const ctx = createCanvas(595, 842, 'pdf').getContext('2d');
  const rows = Array.from({ length: 100 }, (_, i) => ({ name: `exam slot ${i}` }));
  const blocks = tableBlocks(ctx, [{ title: 'Slot', width: 'flex', align: 'left', cell: (r: { name: string }) => r.name }], rows, 12);

  it('chunks the rows, each chunk with its header', () => {
    expect(blocks).toHaveLength(9);
  });

  it('flows over pages without a chunk taller than a page', () => {
    const top = contentTop(true);
    const pages = flowBlocks(blocks, top, top, 10);
    expect(pages.length).toBeGreaterThan(1);
    for (const b of blocks) expect(b.height).toBeLessThan(CONTENT.bottom - top);
    expect(pages.flat()).toHaveLength(blocks.length);
  });
});
