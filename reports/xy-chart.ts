// General x/y charts for the capacity pages (scatter points, fitted lines, step lines, reference
// lines), drawn by chart.js as vectors into a box of a PDF page. Both axes are linear; x can format
// its ticks (minutes as h:mm, hours of the year).
import { BasicPlatform, Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, type ChartDataset, type ScaleOptions } from 'chart.js';
import { withChartRegion, type Box, type PdfContext } from './chart-region.ts';
import { formatCompact } from './format.ts';
import type { XY } from './series.ts';
import { COLOR, FONT_FAMILY, SIZE } from './theme.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Filler);

const font = { family: FONT_FAMILY, size: SIZE.chart };

export interface XYSeries {
  readonly label: string;
  readonly points: readonly XY[];
  readonly color: string;
  /** points: markers only; line: straight segments; step: stepped after each point. */
  readonly kind: 'points' | 'line' | 'step';
  readonly axis?: 'y' | 'y1';
  readonly dash?: readonly number[];
  readonly width?: number;
  readonly fill?: string;
  /** Leave out of the legend (reference lines that the axis title explains). */
  readonly hideInLegend?: boolean;
  /** Marker radius for `points` (default 2.2; single highlighted points want more). */
  readonly radius?: number;
}

export interface XYChartSpec {
  readonly series: readonly XYSeries[];
  readonly xTitle: string;
  readonly yTitle: string;
  readonly y1Title?: string;
  readonly xMin?: number;
  readonly xMax?: number;
  readonly yMin?: number;
  readonly yMax?: number;
  readonly y1Max?: number;
  readonly xTick?: (v: number) => string;
  /** Distance between x ticks (e.g. 30 for half-hours on a minutes axis). */
  readonly xStep?: number;
  readonly legend?: boolean;
}

function scale(title: string, position: 'left' | 'right' | 'bottom', opts: { min?: number; max?: number; tick?: (v: number) => string; step?: number; grid: boolean }): ScaleOptions<'linear'> {
  return {
    type: 'linear',
    position,
    ...(opts.min === undefined ? {} : { min: opts.min }),
    ...(opts.max === undefined ? {} : { max: opts.max }),
    beginAtZero: true,
    grace: position === 'bottom' ? 0 : '6%',
    border: { color: COLOR.rule },
    grid: { color: COLOR.grid, drawOnChartArea: opts.grid },
    title: { display: true, text: title, font, color: COLOR.muted, padding: 2 },
    ticks: { font, color: COLOR.muted, maxTicksLimit: position === 'bottom' ? 13 : 6, maxRotation: 0, ...(opts.step === undefined ? {} : { stepSize: opts.step }), callback: (v) => (opts.tick ?? formatCompact)(Number(v)) },
  };
}

function dataset(s: XYSeries): ChartDataset<'line', XY[]> {
  return {
    label: s.label,
    data: [...s.points],
    yAxisID: s.axis ?? 'y',
    borderColor: s.color,
    backgroundColor: s.fill ?? s.color,
    borderWidth: s.kind === 'points' ? 0 : (s.width ?? 1.4),
    borderDash: s.dash === undefined ? [] : [...s.dash],
    pointRadius: s.kind === 'points' ? (s.radius ?? 2.2) : 0,
    pointBorderWidth: 0,
    pointStyle: s.radius !== undefined && s.radius > 3 ? 'rectRot' : 'circle',
    showLine: s.kind !== 'points',
    stepped: s.kind === 'step' ? 'after' : false,
    fill: s.fill === undefined ? false : 'origin',
    tension: 0,
  };
}

export function drawXYChart(ctx: PdfContext, box: Box, spec: XYChartSpec): void {
  const hasY1 = spec.series.some((s) => s.axis === 'y1');
  withChartRegion(ctx, box, (item) => {
    new Chart(item, {
      type: 'line',
      platform: BasicPlatform,
      data: { datasets: spec.series.map(dataset) },
      options: {
        responsive: false,
        animation: false,
        devicePixelRatio: 1,
        events: [],
        parsing: false,
        normalized: true,
        layout: { padding: { top: 2, right: hasY1 ? 0 : 8, bottom: 0, left: 0 } },
        plugins: {
          legend: {
            display: spec.legend ?? true,
            position: 'top',
            align: 'end',
            labels: { font, color: COLOR.text, boxWidth: 14, boxHeight: 6, padding: 8, filter: (item) => !(spec.series[item.datasetIndex ?? 0]?.hideInLegend ?? false) },
          },
        },
        scales: {
          x: scale(spec.xTitle, 'bottom', { min: spec.xMin, max: spec.xMax, tick: spec.xTick, step: spec.xStep, grid: true }),
          y: scale(spec.yTitle, 'left', { min: spec.yMin, max: spec.yMax, grid: true }),
          ...(hasY1 ? { y1: scale(spec.y1Title ?? '', 'right', { min: 0, max: spec.y1Max, grid: false }) } : {}),
        },
      },
    }).destroy();
  });
}

/** A round tick step for a minutes axis of `span` minutes (≤ 12 ticks). */
export function minuteStep(span: number): number {
  return [5, 10, 15, 30, 60, 120, 180, 360].find((s) => span / s <= 12) ?? 720;
}

/** Minutes as h:mm (replay timelines). */
export function formatMinutes(v: number): string {
  const m = Math.round(v);
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}
