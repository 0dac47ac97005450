// Page 1: what this is, for which site and run, and the answer in one box.
import type { PdfContext } from './chart-region.ts';
import { formatCount, formatUtc } from './format.ts';
import { headlineFacts, type HeadlineFacts } from './headline-facts.ts';
import type { PageDrawer } from './page-drawer.ts';
import type { ReportInput } from './report-input.ts';
import { drawLines, drawText, hRule, lineHeight, wrapFor } from './text.ts';
import { COLOR, CONTENT, SIZE } from './theme.ts';

function answer(input: ReportInput): string {
  const f = headlineFacts(input);
  const r = input.recommendation;
  const holds = f.perInstanceRps === null ? 'The capacity per instance could not be determined from this run.' : `One ${f.instanceType ?? 'web instance'} holds ${f.lowerBound ? 'at least ' : ''}${formatCount(f.perInstanceRps)} requests/s with p95 under ${formatCount(f.sloP95Ms)} ms${f.learnersPerInstance === null ? '' : ` (about ${formatCount(f.learnersPerInstance)} active learners)`}${saturation(f)}.`;
  if (r === null) return `${holds} No scaling or buying advice was computed for this report.`;
  return `${holds} Set ${r.summary.set.replace(/\.$/, '')}. Buy: ${r.summary.buy}`;
}

export function coverPages(ctx: PdfContext, input: ReportInput, title: string, now: Date): PageDrawer[] {
  const a = input.analysis;
  const boxStyle = { size: SIZE.h2 } as const;
  const lines = wrapFor(ctx, answer(input), CONTENT.width - 36, boxStyle);
  return [
    (c) => {
      let y = CONTENT.top + 150;
      c.fillStyle = COLOR.accent;
      c.fillRect(CONTENT.left, y - 24, 60, 4);
      drawText(c, title, CONTENT.left, y, { size: 30, weight: 'bold' });
      y += lineHeight(30) + 8;
      drawText(c, 'Capacity, scaling and reserved capacity of the Moodle web tier', CONTENT.left, y, { size: SIZE.h1, color: COLOR.muted });
      y += lineHeight(SIZE.h1) + 24;
      const facts: [string, string][] = [
        ['Site', a.run.target],
        ['Test', `${a.run.scenario} · profile ${a.run.profile}`],
        ['Run', `${formatUtc(a.run.startedAt)} – ${formatUtc(a.run.endedAt)}`],
        ['Report', formatUtc(now.getTime())],
      ];
      for (const [k, v] of facts) {
        drawText(c, k, CONTENT.left, y, { size: SIZE.body, color: COLOR.muted });
        drawText(c, v, CONTENT.left + 70, y, { size: SIZE.body });
        y += lineHeight(SIZE.body) + 3;
      }
      y += 28;
      const h = lines.length * lineHeight(boxStyle.size) + 36;
      c.fillStyle = COLOR.panel;
      c.fillRect(CONTENT.left, y, CONTENT.width, h);
      c.fillStyle = COLOR.accent;
      c.fillRect(CONTENT.left, y, 3, h);
      drawText(c, 'In short', CONTENT.left + 18, y + 8, { size: SIZE.small, weight: 'bold', color: COLOR.accent });
      drawLines(c, lines, CONTENT.left + 18, y + 24, boxStyle);
      hRule(c, CONTENT.left, CONTENT.right, CONTENT.bottom - 40, COLOR.rule);
      drawText(c, 'For the change board: the executive summary is on the next page; the evidence and every assumption follow.', CONTENT.left, CONTENT.bottom - 32, { size: SIZE.small, color: COLOR.muted });
    },
  ];
}

/** For a run that never broke the SLO: where the bottleneck would saturate, so the bound is not read as the limit. */
function saturation(f: HeadlineFacts): string {
  return f.lowerBound && f.saturationPerInstanceRps !== null ? `; the run never reached the limit, its bottleneck saturates near ${formatCount(f.saturationPerInstanceRps)} requests/s` : '';
}
