// What to buy: the demand duration curve with the reserved-instance line, each commitment option by the
// break-even rule, the cost against all on-demand, and the saving from switching non-production off.
import { commitmentLabel } from '../pricing/types.ts';
import type { CommitmentOption } from '../recommend/ri/types.ts';
import { bullet, notice, paragraph, sectionHeading, stack, type Block } from './blocks.ts';
import type { PdfContext } from './chart-region.ts';
import { durationCurve } from './duration-curve.ts';
import { figure } from './figure.ts';
import { flowPages } from './flow-pages.ts';
import { formatCount, formatPercent } from './format.ts';
import { formatMoney } from './money.ts';
import type { PageDrawer } from './page-drawer.ts';
import { NO_RECOMMENDATION, type ReportInput } from './report-input.ts';
import type { Column } from './table.ts';
import { tableBlocks } from './table-block.ts';
import { COLOR, SIZE } from './theme.ts';
import { drawXYChart } from './xy-chart.ts';

function columns(currency: string): Column<CommitmentOption>[] {
  return [
    { title: 'Option', width: 'flex', align: 'left', cell: (o) => commitmentLabel(o.id) },
    { title: 'Rate/h', width: 46, align: 'right', cell: (o) => o.effectiveHourly.toFixed(4) },
    { title: 'Break-even', width: 56, align: 'right', cell: (o) => formatPercent(o.breakEvenUtilisation) },
    { title: 'Buy', width: 30, align: 'right', cell: (o) => formatCount(o.count) },
    { title: 'Cost/yr', width: 60, align: 'right', cell: (o) => formatMoney(o.annualCost, currency) },
    { title: 'Saves/yr', width: 56, align: 'right', cell: (o) => formatMoney(o.annualSavings, currency) },
    { title: 'Pays back', width: 50, align: 'right', cell: (o) => (o.breakEvenMonth === null ? 'n/a' : `month ${o.breakEvenMonth}`) },
  ];
}

export function commitmentPages(ctx: PdfContext, input: ReportInput): PageDrawer[] {
  const r = input.recommendation;
  const title = 'What to buy';
  if (r === null) return flowPages(title, undefined, [notice(ctx, NO_RECOMMENDATION)]);
  const ri = r.ri;
  if (ri === null) {
    const why = r.assumptions.find((x) => x.startsWith('No commitment sizing')) ?? 'No yearly demand was given: pass --calendar FILE (term dates, exam weeks, weekly and daily shape) and/or --history FILE (hourly requests) to `recommend`.';
    return flowPages(title, undefined, [notice(ctx, why)]);
  }
  const currency = r.summary.currency;
  const curve = durationCurve(ri.instancesByHour);
  const best = ri.best;
  const ys = ri.instancesByHour.length === 0 ? 1 : Math.max(...ri.instancesByHour);
  const blocks: Block[] = [
    paragraph(ctx, `Demand for the year from ${ri.demandSource}, converted to instances each hour at the recommended utilisation (never below the minimum of ${r.scaling.minCapacity.value}). Prices: ${ri.instanceType} in ${ri.region}, on demand $${ri.onDemandHourly}/h (${ri.priceSource}, ${ri.priceDate}).`, { size: SIZE.body }),
    figure(ctx, 'Demand duration curve', 'instances needed, hours of the year sorted from the busiest; a commitment for k instances pays when the curve stays at or above k for more than its break-even share of the year', 220, (c, box) =>
      drawXYChart(c, box, {
        xTitle: 'hours of the year (sorted)',
        yTitle: 'instances',
        xMin: 0,
        xMax: ri.hours,
        yMax: ys + 1,
        series: [
          { label: 'instances needed', points: curve, color: COLOR.throughput, kind: 'step', fill: COLOR.throughputFill },
          ...(best === null ? [] : [{ label: `${best.count} reserved (${commitmentLabel(best.id)})`, points: [{ x: 0, y: best.count }, { x: ri.hours, y: best.count }], color: COLOR.danger, kind: 'line' as const, dash: [5, 3], width: 1.6 }]),
        ],
      }),
    ),
    ...(ri.options.length === 0 ? [notice(ctx, ri.notes[0] ?? 'No commitment prices.')] : tableBlocks(ctx, columns(currency), ri.options)),
    paragraph(ctx, `All on demand: ${formatMoney(ri.allOnDemandCost, currency)} a year. ${best === null ? 'No commitment saves money at these prices.' : `Best: ${best.count} × ${commitmentLabel(best.id)}, ${formatMoney(best.annualCost, currency)} a year, saving ${formatMoney(best.annualSavings, currency)}. ${best.note}`}`, { size: SIZE.body }),
    stack([sectionHeading('Non-production out of hours'), paragraph(ctx, ri.offHours === null ? 'The calendar names no non-production environments (nonProduction).' : `${ri.offHours.reasoning} Saves ${formatMoney(ri.offHours.annualSavings, currency)} a year.`, { size: SIZE.body })]),
    ...ri.notes.map((n) => bullet(ctx, n)),
  ];
  return flowPages(title, 'reserved instances and Savings Plans by the break-even rule', blocks);
}
