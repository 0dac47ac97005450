// Without a recommendation the advice sections still appear, each saying in one line what it needs,
// on one page instead of four nearly empty ones.
import { notice, paragraph, sectionHeading, spacer, stack, type Block } from './blocks.ts';
import type { PdfContext } from './chart-region.ts';
import { flowPages } from './flow-pages.ts';
import type { PageDrawer } from './page-drawer.ts';
import { NO_RECOMMENDATION } from './report-input.ts';
import { COLOR, SIZE } from './theme.ts';

export const ADVICE_SECTIONS: readonly [string, string][] = [
  ['Replay of the coming peak', 'The recommended and today’s policy played minute by minute against the coming peak.'],
  ['What to set', 'Minimum and maximum capacity, the scaling policy and scheduled pre-scaling, each with its reasoning.'],
  ['What to buy', 'Reserved instances and Savings Plans by the break-even rule, from a term calendar or hourly history.'],
  ['Appendix: alarm and scaling definitions', 'The definitions as AWS will hold them.'],
];

export function absentAdvicePages(ctx: PdfContext): PageDrawer[] {
  const blocks: Block[] = [notice(ctx, NO_RECOMMENDATION)];
  for (const [title, what] of ADVICE_SECTIONS) {
    blocks.push(stack([spacer(6), sectionHeading(title), paragraph(ctx, `Not in this report. ${what}`, { size: SIZE.body, color: COLOR.muted })]));
  }
  return flowPages('Scaling and buying advice', 'needs the output of `moodle-capacity recommend`', blocks);
}
