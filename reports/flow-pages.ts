// A titled section whose blocks flow over as many pages as they need; later pages say "(continued)".
import { drawFlow, flowBlocks, type Block } from './blocks.ts';
import type { PdfContext } from './chart-region.ts';
import { contentTop, drawPageHeading } from './page-frame.ts';
import type { PageDrawer } from './page-drawer.ts';

export const FLOW_GAP = 10;

export function flowPages(title: string, subtitle: string | undefined, blocks: readonly Block[], gap = FLOW_GAP): PageDrawer[] {
  const top = contentTop(subtitle !== undefined);
  return flowBlocks(blocks, top, top, gap).map((page, i) => (c: PdfContext) => {
    const y = drawPageHeading(c, i === 0 ? title : `${title} (continued)`, subtitle);
    drawFlow(c, page, y, gap);
  });
}
