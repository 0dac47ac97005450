// Page 2 (and following): k6 throughput and p95 over time, then the CloudWatch series on the same
// time axis, at most SERIES_ON_FIRST_PAGE under the k6 chart and SERIES_PER_PAGE per later page.
import type { Analysis, CloudWatchSeries } from '../analysis/types.ts';
import { notice, stack, type Block } from './blocks.ts';
import type { Box, PdfContext } from './chart-region.ts';
import { drawLoadChart, drawSeriesChart } from './charts.ts';
import { formatUtc } from './format.ts';
import { contentTop, drawPageHeading } from './page-frame.ts';
import type { PageDrawer } from './page-drawer.ts';
import {
  cloudWatchPoints,
  p95Points,
  seriesPages,
  seriesPath,
  SERIES_ON_FIRST_PAGE,
  throughputPoints,
} from './series.ts';
import { drawText, lineHeight, measurer } from './text.ts';
import { COLOR, CONTENT, SIZE } from './theme.ts';
import { timeWindow, type TimeWindow } from './time-axis.ts';
import { ellipsize } from './wrap.ts';

const GAP = 12;
const CAPTION_HEIGHT = lineHeight(SIZE.body) + 3;
const LOAD_CHART_HEIGHT = 210;

/** CloudWatch charts share the room left under the k6 chart; later pages reuse the same height. */
const SERIES_CHART_HEIGHT = Math.floor(
  (CONTENT.bottom - contentTop(true) - CAPTION_HEIGHT - LOAD_CHART_HEIGHT - GAP * SERIES_ON_FIRST_PAGE) /
    SERIES_ON_FIRST_PAGE -
    CAPTION_HEIGHT,
);

/** A bold label followed by muted detail on one line, the detail shortened if it would not fit. */
function caption(ctx: PdfContext, label: string, detail: string): Block {
  const bold = { size: SIZE.body, weight: 'bold' } as const;
  const muted = { size: SIZE.small, color: COLOR.muted } as const;
  const shown = ellipsize(label, CONTENT.width * 0.6, measurer(ctx, bold));
  const labelWidth = measurer(ctx, bold)(shown);
  const rest = ellipsize(detail, CONTENT.width - labelWidth - 8, measurer(ctx, muted));
  return {
    height: CAPTION_HEIGHT,
    draw(c, y) {
      drawText(c, shown, CONTENT.left, y, bold);
      drawText(c, rest, CONTENT.left + labelWidth + 8, y + 1.5, muted);
    },
  };
}

function chartBlock(height: number, draw: (c: PdfContext, box: Box) => void): Block {
  return { height, draw: (c, y) => draw(c, { x: CONTENT.left, y, width: CONTENT.width, height }) };
}

/** The series counting instances in service (role "instances"), if CloudWatch had one. */
export function instanceSeries(a: Analysis): CloudWatchSeries | null {
  return a.cloudwatch?.series.find((s) => s.role === 'instances' && s.points.length > 0) ?? null;
}

function loadBlock(ctx: PdfContext, a: Analysis, window: TimeWindow, sloMs: number | null): Block {
  const inst = instanceSeries(a);
  const what = [`requests per second and p95 latency per ${a.grid.periodSeconds} s period`, sloMs === null ? 'no SLO known' : `SLO p95 ${sloMs} ms dashed`, inst === null ? 'instance count not measured' : `instances in service from ${inst.label}`];
  const head = caption(ctx, 'k6 load and latency', what.join(' · '));
  if (a.grid.points.length === 0) {
    return stack([head, notice(ctx, 'No k6 samples fell on the time grid, so there is no load or latency to plot.')]);
  }
  const data = {
    throughput: throughputPoints(a.grid.points, a.grid.periodSeconds, window),
    p95: p95Points(a.grid.points, a.grid.periodSeconds, window),
    window,
    sloMs,
    instances: inst === null ? null : cloudWatchPoints(inst, window),
  };
  return stack([head, chartBlock(LOAD_CHART_HEIGHT, (c, box) => drawLoadChart(c, box, data))]);
}

function seriesBlock(ctx: PdfContext, s: CloudWatchSeries, index: number, window: TimeWindow, rightAxes: number): Block {
  const missing = s.missingPeriods > 0 ? ` · ${s.missingPeriods} period${s.missingPeriods === 1 ? '' : 's'} without data` : '';
  const head = caption(ctx, s.label, `${seriesPath(s)}${missing}`);
  if (s.points.length === 0) {
    return stack([head, notice(ctx, 'CloudWatch returned no datapoints for this series in the run window.')]);
  }
  const data = {
    label: s.label,
    axisTitle: s.unit.trim() === '' ? s.stat : s.unit,
    points: cloudWatchPoints(s, window),
    color: COLOR.series[index % COLOR.series.length] ?? COLOR.accent,
    window,
    rightAxes,
  };
  return stack([head, chartBlock(SERIES_CHART_HEIGHT, (c, box) => drawSeriesChart(c, box, data))]);
}

function cloudWatchBlocks(ctx: PdfContext, a: Analysis, window: TimeWindow, rightAxes: number): Block[][] {
  if (a.cloudwatch === null) {
    return [[notice(ctx, 'CloudWatch was not configured for this run, so there are no server-side metrics to set against the load. Only what k6 measured is shown.')]];
  }
  if (a.cloudwatch.series.length === 0) {
    return [[notice(ctx, `CloudWatch (${a.cloudwatch.source}) was configured but returned no series for the run window.`)]];
  }
  let index = 0;
  return seriesPages(a.cloudwatch.series).map((page) => page.map((s) => seriesBlock(ctx, s, index++, window, rightAxes)));
}

export function timelinePages(ctx: PdfContext, a: Analysis, sloMs: number | null = a.capacity?.slo.p95Ms ?? null): PageDrawer[] {
  const window = timeWindow(a);
  const subtitle = `Time axis: m:ss since the run started (${formatUtc(window.originMs)}).`;
  const rightAxes = instanceSeries(a) === null ? 1 : 2;
  const [first = [], ...rest] = cloudWatchBlocks(ctx, a, window, rightAxes);
  const pages: { title: string; blocks: Block[] }[] = [
    { title: 'Load and latency over time', blocks: [loadBlock(ctx, a, window, sloMs), ...first] },
    ...rest.map((blocks) => ({ title: 'CloudWatch metrics over time (continued)', blocks })),
  ];
  return pages.map((page) => (c: PdfContext) => {
    stack(page.blocks, GAP).draw(c, drawPageHeading(c, page.title, subtitle));
  });
}
