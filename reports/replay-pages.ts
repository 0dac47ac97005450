// The replay: the coming peak played minute by minute against the recommended policy and today's,
// instances and p95 over time, and all four policies side by side.
import type { ReplayResult } from '../recommend/replay/types.ts';
import { notice, paragraph, type Block } from './blocks.ts';
import type { PdfContext } from './chart-region.ts';
import { figure } from './figure.ts';
import { flowPages } from './flow-pages.ts';
import { formatCount, formatMs, formatPercent } from './format.ts';
import type { PageDrawer } from './page-drawer.ts';
import { NO_RECOMMENDATION, type ReportInput } from './report-input.ts';
import type { Column } from './table.ts';
import { tableBlock } from './table-block.ts';
import { COLOR, SIZE } from './theme.ts';
import { drawXYChart, formatMinutes, minuteStep } from './xy-chart.ts';

const TODAY_COLOR = COLOR.series[2] ?? COLOR.danger;

const columns: readonly Column<ReplayResult>[] = [
  { title: 'Policy', width: 'flex', align: 'left', cell: (r) => r.policyLabel },
  { title: 'Under SLO', width: 56, align: 'right', cell: (r) => formatPercent(r.summary.shareUnderSlo), color: (r) => (r.summary.meetsSlo ? undefined : COLOR.danger) },
  { title: 'Min over', width: 48, align: 'right', cell: (r) => formatCount(r.summary.minutesOverSlo) },
  { title: 'Errors', width: 52, align: 'right', cell: (r) => formatPercent(r.summary.errorRate) },
  { title: 'Inst.-hours', width: 58, align: 'right', cell: (r) => r.summary.instanceHours.toFixed(1) },
  { title: 'Peak inst.', width: 50, align: 'right', cell: (r) => formatCount(r.summary.peakInstances) },
];

/** The minute-by-minute line of a replay field. */
function line(r: ReplayResult, pick: (m: ReplayResult['timeline'][number]) => number) {
  return r.timeline.map((m) => ({ x: m.minute, y: pick(m) }));
}

/** The recommended policy's instance-hours against the fixed fleet's, in words that stay true either way. */
function againstStatic(recommendedHours: number, fixed: ReplayResult): string {
  const diff = fixed.summary.instanceHours - recommendedHours;
  if (!fixed.summary.meetsSlo) return `The recommended policy passes; no fixed fleet up to three times the peak's bare count does.`;
  if (diff > 0.05) return `The recommended policy passes with ${diff.toFixed(1)} fewer instance-hours than the fixed fleet.`;
  return `The recommended policy passes but uses ${(-diff).toFixed(1)} more instance-hours than the fixed fleet: over this peak, a fixed fleet of that size costs less than scaling.`;
}

export function replayPages(ctx: PdfContext, input: ReportInput): PageDrawer[] {
  const r = input.recommendation;
  if (r === null) return flowPages('Replay of the coming peak', undefined, [notice(ctx, NO_RECOMMENDATION)]);
  const rep = r.scaling.replays;
  const slo = r.capacity.sloP95Ms.value;
  const cap = slo * 2.5;
  const maxInst = Math.max(rep.recommended.summary.peakInstances, rep.today.summary.peakInstances, 1);
  const minutes = rep.recommended.timeline.length;
  const blocks: Block[] = [
    paragraph(ctx, `${r.peak.label}. Each minute the load is spread over the instances that have finished booting (${r.capacity.bootSeconds.value} s) and warming (${r.capacity.warmupSeconds.value} s); p95 follows the measured latency curve; the alarms see each minute's datapoint a minute late.`, { size: SIZE.body }),
    figure(ctx, 'Load and instances', 'site requests/s (left) and running instances (right): recommended policy against today’s', 210, (c, box) =>
      drawXYChart(c, box, {
        xTitle: 'time from the start of the profile (h:mm)',
        yTitle: 'requests/s',
        y1Title: 'instances',
        xMin: 0,
        xMax: minutes,
        y1Max: Math.ceil(maxInst * 1.15),
        xTick: formatMinutes,
        xStep: minuteStep(minutes),
        series: [
          { label: 'demand', points: line(rep.recommended, (m) => m.demandRps), color: COLOR.throughput, kind: 'line', fill: COLOR.throughputFill },
          { label: 'recommended: instances', points: line(rep.recommended, (m) => m.running), color: COLOR.accent, kind: 'step', axis: 'y1', width: 1.8 },
          { label: 'today: instances', points: line(rep.today, (m) => m.running), color: TODAY_COLOR, kind: 'step', axis: 'y1', dash: [4, 2] },
        ],
      }),
    ),
    figure(ctx, 'p95 latency', `p95 each minute against the SLO of ${formatMs(slo, true)} (values above ${formatMs(cap, true)} drawn at the top: requests time out there)`, 180, (c, box) =>
      drawXYChart(c, box, {
        xTitle: 'time from the start of the profile (h:mm)',
        yTitle: 'p95 ms',
        xMin: 0,
        xMax: minutes,
        yMax: cap,
        xTick: formatMinutes,
        xStep: minuteStep(minutes),
        series: [
          { label: 'recommended', points: line(rep.recommended, (m) => Math.min(cap, m.p95Ms)), color: COLOR.accent, kind: 'line' },
          { label: 'today', points: line(rep.today, (m) => Math.min(cap, m.p95Ms)), color: TODAY_COLOR, kind: 'line', dash: [4, 2] },
          { label: 'SLO', points: [{ x: 0, y: slo }, { x: minutes, y: slo }], color: COLOR.danger, kind: 'line', dash: [2, 2] },
        ],
      }),
    ),
    tableBlock(ctx, columns, [rep.recommended, rep.alternative, rep.today, rep.staticPeak]),
    paragraph(ctx, `A policy passes when p95 is under the SLO in at least 99 % of minutes. Static peak provisioning is the smallest fixed fleet that passes. ${r.scaling.meetsSlo ? againstStatic(rep.recommended.summary.instanceHours, rep.staticPeak) : 'No policy passes; see “What must change” on the next page.'}`, { size: SIZE.body }),
  ];
  return flowPages('Replay of the coming peak', 'the recommended policy against today’s, minute by minute', blocks);
}
