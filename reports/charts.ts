// The timeline charts, drawn by chart.js as vectors into a box of a PDF page (see chart-region.ts).
import {
  BasicPlatform,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ChartConfiguration,
  type ChartDataset,
  type ChartItem,
  type Scale,
  type ScaleOptions,
} from 'chart.js';
import { withChartRegion, type Box, type PdfContext } from './chart-region.ts';
import { formatCompact } from './format.ts';
import type { XY } from './series.ts';
import { COLOR, FONT_FAMILY, SIZE } from './theme.ts';
import { formatElapsed, tickStep, timeTicks, type TimeWindow } from './time-axis.ts';

// Only what line charts on linear axes need; no tooltips or interaction in a PDF.
Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Filler);

/** Fixed y-axis width, so the plot areas of all charts on a page line up under each other. */
const AXIS_WIDTH = 52;

export const chartFont = { family: FONT_FAMILY, size: SIZE.chart };

export type LineConfig = ChartConfiguration<'line', XY[]>;
type LinearOptions = ScaleOptions<'linear'>;

function fixWidth(axis: Scale): void {
  axis.width = AXIS_WIDTH;
}

export function timeScale(window: TimeWindow): LinearOptions {
  const ticks = timeTicks(window, tickStep(window.maxSeconds - window.minSeconds));
  return {
    type: 'linear',
    min: window.minSeconds,
    max: window.maxSeconds,
    border: { color: COLOR.rule },
    grid: { color: COLOR.grid },
    // Our own round ticks, replacing chart.js's (which it counts from the axis minimum).
    afterBuildTicks: (axis) => {
      axis.ticks = ticks.map((value) => ({ value }));
    },
    ticks: {
      autoSkip: false,
      maxRotation: 0,
      font: chartFont,
      color: COLOR.muted,
      callback: (value) => formatElapsed(Number(value)),
    },
  };
}

export function valueScale(title: string, position: 'left' | 'right', color: string): LinearOptions {
  return {
    type: 'linear',
    position,
    beginAtZero: true,
    // Headroom above the highest point, so a plateau does not merge with the frame.
    grace: '8%',
    afterFit: fixWidth,
    border: { color: COLOR.rule },
    grid: { color: COLOR.grid, drawOnChartArea: position === 'left' },
    title: { display: true, text: title, font: chartFont, color, padding: 2 },
    ticks: { font: chartFont, color: COLOR.muted, maxTicksLimit: 6, callback: (value) => formatCompact(Number(value)) },
  };
}

export function line(label: string, data: XY[], color: string, yAxisID: string): ChartDataset<'line', XY[]> {
  return {
    label,
    data,
    yAxisID,
    borderColor: color,
    backgroundColor: color,
    borderWidth: 1.4,
    pointRadius: data.length <= 60 ? 1.4 : 0,
    tension: 0,
  };
}

export function baseOptions(): NonNullable<LineConfig['options']> {
  return {
    responsive: false,
    animation: false,
    devicePixelRatio: 1,
    events: [],
    layout: { padding: { top: 2, right: 0, bottom: 0, left: 0 } },
  };
}

export function render(item: ChartItem, config: LineConfig): void {
  new Chart(item, { ...config, platform: BasicPlatform }).destroy();
}

export interface LoadChartData {
  readonly throughput: XY[];
  readonly p95: XY[];
  readonly window: TimeWindow;
  /** The p95 SLO, drawn as a dashed line on the latency axis; null when unknown. */
  readonly sloMs?: number | null;
  /** Instances in service (CloudWatch), on a second right axis; null when not measured. */
  readonly instances?: XY[] | null;
}

/** Requests/s (filled, left axis), p95 latency with its SLO (right axis) and instances over the run. */
export function drawLoadChart(ctx: PdfContext, box: Box, data: LoadChartData): void {
  const throughput: ChartDataset<'line', XY[]> = {
    ...line('Throughput (requests/s)', data.throughput, COLOR.throughput, 'y'),
    fill: 'origin',
    backgroundColor: COLOR.throughputFill,
  };
  const slo = data.sloMs ?? null;
  const sloLine: ChartDataset<'line', XY[]>[] =
    slo === null ? [] : [{ ...line(`SLO p95 ${formatCompact(slo)} ms`, [{ x: data.window.minSeconds, y: slo }, { x: data.window.maxSeconds, y: slo }], COLOR.danger, 'y1'), borderDash: [4, 3], pointRadius: 0 }];
  const instances = data.instances ?? null;
  const instanceLine: ChartDataset<'line', XY[]>[] =
    instances === null ? [] : [{ ...line('Instances in service', instances, COLOR.text, 'y2'), stepped: 'middle', borderWidth: 1.2, pointRadius: 0 }];
  const base = baseOptions();
  withChartRegion(ctx, box, (item) =>
    render(item, {
      type: 'line',
      data: { datasets: [throughput, line('p95 latency (ms)', data.p95, COLOR.latency, 'y1'), ...sloLine, ...instanceLine] },
      options: {
        ...base,
        plugins: {
          legend: {
            position: 'top',
            align: 'end',
            labels: { font: chartFont, color: COLOR.text, boxWidth: 14, boxHeight: 6, padding: 8 },
          },
        },
        scales: {
          x: timeScale(data.window),
          y: valueScale('requests/s', 'left', COLOR.throughput),
          y1: valueScale('p95 ms', 'right', COLOR.latency),
          // Instances sit in the lower part of their axis, away from the SLO line and latency peaks.
          ...(instances === null ? {} : { y2: { ...valueScale('instances', 'right', COLOR.text), max: 2 * Math.max(1, ...instances.map((p) => (Number.isFinite(p.y) ? p.y : 0))) + 1, ticks: { font: chartFont, color: COLOR.muted, precision: 0, maxTicksLimit: 6 } } }),
        },
      },
    }),
  );
}

/** Right padding of a series chart so its x axis lines up with a load chart of `rightAxes` axes. */
export function seriesRightPadding(rightAxes: number): number {
  return AXIS_WIDTH * rightAxes;
}

export interface SeriesChartData {
  /** Axes right of the load chart above (1, or 2 with instances): the series chart pads to match. */
  readonly rightAxes?: number;
  readonly label: string;
  readonly axisTitle: string;
  readonly points: XY[];
  readonly color: string;
  readonly window: TimeWindow;
}

/** One CloudWatch series; right padding stands in for the load chart's right axis, so x lines up. */
export function drawSeriesChart(ctx: PdfContext, box: Box, data: SeriesChartData): void {
  const base = baseOptions();
  withChartRegion(ctx, box, (item) =>
    render(item, {
      type: 'line',
      data: { datasets: [line(data.label, data.points, data.color, 'y')] },
      options: {
        ...base,
        layout: { padding: { top: 2, right: seriesRightPadding(data.rightAxes ?? 1), bottom: 0, left: 0 } },
        plugins: { legend: { display: false } },
        scales: { x: timeScale(data.window), y: valueScale(data.axisTitle, 'left', data.color) },
      },
    }),
  );
}
