// Failed requests per second by status class, and failed checks per second, over the run: drawn on
// the timeline pages' time axis (same window and m:ss ticks) with the timeline's chart helpers.
import { Chart, type ChartDataset } from 'chart.js';
import { withChartRegion, type Box, type PdfContext } from './chart-region.ts';
import { baseOptions, chartFont, line, render, timeScale, valueScale } from './charts.ts';
import type { XY } from './series.ts';
import { COLOR } from './theme.ts';
import type { TimeWindow } from './time-axis.ts';

const DASH = [4, 3];
const defaultLabels = Chart.defaults.plugins.legend.labels.generateLabels;

export interface FailureLine {
  readonly label: string;
  readonly points: XY[];
  readonly color: string;
  /** Dashed: failed checks, which are not requests, share the axis but should not read as a class. */
  readonly dashed?: boolean;
}

export interface FailuresChartData {
  readonly lines: readonly FailureLine[];
  readonly window: TimeWindow;
}

export function drawFailuresChart(ctx: PdfContext, box: Box, data: FailuresChartData): void {
  const datasets: ChartDataset<'line', XY[]>[] = data.lines.map((l) => ({ ...line(l.label, l.points, l.color, 'y'), ...(l.dashed === true ? { borderDash: DASH } : {}) }));
  withChartRegion(ctx, box, (item) =>
    render(item, {
      type: 'line',
      data: { datasets },
      options: {
        ...baseOptions(),
        plugins: {
          legend: {
            position: 'top',
            align: 'end',
            // Line samples rather than boxes, dashed like their line (chart.js takes the point's style,
            // which has no dash), so the checks line reads as dashed in the legend too.
            labels: {
              font: chartFont,
              color: COLOR.text,
              usePointStyle: true,
              pointStyle: 'line',
              pointStyleWidth: 18,
              padding: 8,
              generateLabels: (chart) => defaultLabels(chart).map((item) => ({ ...item, lineWidth: 1.4, lineDash: data.lines[item.datasetIndex ?? -1]?.dashed === true ? DASH : [] })),
            },
          },
        },
        scales: { x: timeScale(data.window), y: valueScale('failed/s', 'left', COLOR.danger) },
      },
    }),
  );
}
