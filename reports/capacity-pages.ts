// The capacity evidence: throughput against p95 with the SLO and the knee, each resource's utilisation
// against throughput with its fitted line, and the Universal Scalability Law curve. A figure whose data
// the analyzer did not produce says so in one line instead of disappearing.
import { onUsualInstances } from '../analysis/capacity/instance-count.ts';
import type { Analysis, ResourceFit } from '../analysis/types.ts';
import { notice, type Block } from './blocks.ts';
import type { PdfContext } from './chart-region.ts';
import { figure, figureCaption } from './figure.ts';
import { flowPages } from './flow-pages.ts';
import { formatCount, formatMs } from './format.ts';
import type { PageDrawer } from './page-drawer.ts';
import type { ReportInput } from './report-input.ts';
import type { XY } from './series.ts';
import { COLOR } from './theme.ts';
import { drawXYChart } from './xy-chart.ts';

const HEIGHT = 170;
const HALF = 140;

/** Loaded periods with their rate on the run's usual instance count, as the analyzer's knee is (see Knee). */
function loaded(a: Analysis): { rps: number; p95Ms: number | null }[] {
  const usual = a.capacity?.instances.count ?? null;
  return a.grid.points
    .filter((p) => p.requests > 0 && p.p95Ms !== null)
    .map((p) => ({ rps: usual === null ? p.rps : onUsualInstances(p.rps, p.instances, usual), p95Ms: p.p95Ms }));
}

function scaled(a: Analysis): boolean {
  const usual = a.capacity?.instances.count ?? null;
  return usual !== null && a.grid.points.some((p) => p.requests > 0 && p.instances !== null && p.instances !== usual);
}

function sloOf(input: ReportInput): number | null {
  return input.recommendation?.capacity.sloP95Ms.value ?? input.analysis.capacity?.slo.p95Ms ?? null;
}

function latencyFigure(ctx: PdfContext, input: ReportInput): Block {
  const a = input.analysis;
  const pts = loaded(a);
  const title = 'Throughput against latency';
  if (pts.length < 3) return notice(ctx, `${title}: too few loaded periods in this run to plot (${pts.length}).`);
  const slo = sloOf(input);
  const maxX = Math.max(...pts.map((p) => p.rps));
  const knee = a.capacity?.knee ?? null;
  const kneedle = a.capacity?.kneedle ?? null;
  const series = [
    { label: 'period (p95)', points: pts.map((p): XY => ({ x: p.rps, y: p.p95Ms ?? Number.NaN })), color: COLOR.latency, kind: 'points' as const },
    ...(slo === null ? [] : [{ label: `SLO p95 ${formatMs(slo, true)}`, points: [{ x: 0, y: slo }, { x: maxX * 1.05, y: slo }], color: COLOR.danger, kind: 'line' as const, dash: [4, 3] }]),
    ...(knee === null ? [] : [{ label: `sustainable ${formatCount(knee.throughputRps)} req/s`, points: [{ x: knee.throughputRps, y: 0 }, { x: knee.throughputRps, y: Math.max(...pts.map((p) => p.p95Ms ?? 0)) }], color: COLOR.accent, kind: 'line' as const, dash: [2, 2] }]),
    ...(kneedle === null ? [] : [{ label: 'knee (Kneedle)', points: [{ x: kneedle.throughputRps, y: kneedle.p95Ms }], color: COLOR.text, kind: 'points' as const, radius: 4.5 }]),
  ];
  const detail =
    knee === null
      ? 'site requests/s per period against its p95; the analyzer found no knee in this run'
      : `site requests/s per period against its p95. Highest rate meeting the SLO: ${formatCount(knee.throughputRps)} req/s${knee.firstBreachRps === null ? '' : `; first breach at ${formatCount(knee.firstBreachRps)} req/s (${knee.breachReason ?? ''})`}${kneedle === null ? '' : `; Kneedle knee at ${formatCount(kneedle.throughputRps)} req/s, ${formatMs(kneedle.p95Ms, true)}`}.`;
  const usual = a.capacity?.instances.count ?? 1;
  const onUsual = scaled(a);
  const xTitle = onUsual ? `site requests/s on ${usual} instance${usual === 1 ? '' : 's'}` : 'site requests/s';
  return figure(ctx, title, onUsual ? `${detail} Periods after a scale-out are put on ${usual} instance${usual === 1 ? '' : 's'} (requests/s × ${usual} ÷ instances then in service).` : detail, HEIGHT, (c, box) => drawXYChart(c, box, { series, xTitle, yTitle: 'p95 ms' }));
}

function resourceFigure(ctx: PdfContext, r: ResourceFit): Block {
  const perInstance = r.throughputBasis === 'per-instance';
  // The periods as fitted: after a scale-out each period is divided by its own instance count.
  const pts = r.observed;
  const maxX = Math.max(1, ...pts.map((p) => p.x)) * 1.15;
  const line = [0, maxX].map((x) => ({ x, y: r.fit.intercept + r.fit.slope * x }));
  const sat = r.saturationSiteRps;
  const detail = `${r.label}: utilisation = ${r.fit.intercept.toFixed(2)} + ${r.fit.slope.toFixed(3)} × throughput (r² ${r.fit.rSquared.toFixed(2)}, n ${r.fit.n}); ceiling ${formatCount(r.ceiling)}${sat === null ? '' : `, reached at about ${formatCount(sat.value)} site req/s (${formatCount(sat.low)}–${formatCount(sat.high)})`}.`;
  return figure(ctx, `Utilisation against throughput: ${r.label}`, detail, HALF, (c, box) =>
    drawXYChart(c, box, {
      xTitle: perInstance ? 'requests/s per instance' : 'site requests/s',
      yTitle: r.label,
      series: [
        { label: 'period', points: pts, color: COLOR.series[0] ?? COLOR.accent, kind: 'points' },
        { label: 'fit', points: line, color: COLOR.text, kind: 'line' },
        { label: `ceiling ${formatCount(r.ceiling)}`, points: [{ x: 0, y: r.ceiling }, { x: maxX, y: r.ceiling }], color: COLOR.danger, kind: 'line', dash: [4, 3] },
      ],
    }),
  );
}

function uslFigure(ctx: PdfContext, a: Analysis): Block {
  const usl = a.capacity?.usl ?? null;
  const title = 'Universal Scalability Law';
  if (usl === null) return notice(ctx, `${title}: no fit for this run (it needs at least six load levels including low load).`);
  // The fit is per instance or per site; the run's periods are site totals.
  const pts = usl.observed.map((p) => ({ x: p.concurrency, y: p.throughput }));
  const l = usl.lambda.value;
  const s = usl.sigma.value;
  const k = usl.kappa.value;
  const maxN = Math.max(1, ...pts.map((p) => p.x), (usl.peakConcurrency?.value ?? 0) * 1.3);
  const curve = Array.from({ length: 80 }, (_, i) => {
    const n = (maxN * i) / 79;
    return { x: n, y: (l * n) / (1 + s * (n - 1) + k * n * (n - 1)) };
  });
  const peakN = usl.peakConcurrency;
  const peakX = usl.peakThroughputRps;
  const peak = peakN === null || peakX === null ? [] : [{ label: `peak ${formatCount(peakX.value)} req/s`, points: [{ x: peakN.value, y: peakX.value }], color: COLOR.danger, kind: 'points' as const, radius: 4.5 }];
  const detail = `X(N) = λN / (1 + σ(N−1) + κN(N−1)) with λ ${l.toFixed(2)}, σ ${s.toFixed(3)}, κ ${k.toFixed(5)} (r² ${usl.rSquared.toFixed(2)}, ${usl.points} points); N = requests in flight. ${usl.peakConcurrency === null ? 'No retrograde region within reach (κ = 0).' : `Throughput peaks at N* = ${usl.peakConcurrency.value.toFixed(1)}.`}`;
  return figure(ctx, title, detail, HEIGHT, (c, box) =>
    drawXYChart(c, box, {
      xTitle: usl.basis === 'per-instance' ? 'requests in flight per instance (N)' : 'requests in flight (N)',
      yTitle: usl.basis === 'per-instance' ? 'requests/s per instance' : 'site requests/s',
      series: [
        { label: 'period', points: pts, color: COLOR.throughput, kind: 'points' },
        { label: 'USL fit', points: curve, color: COLOR.text, kind: 'line' },
        ...peak,
      ],
    }),
  );
}

export function capacityPages(ctx: PdfContext, input: ReportInput): PageDrawer[] {
  const a = input.analysis;
  const cap = a.capacity ?? null;
  const resources = cap?.resources ?? [];
  const blocks: Block[] = [
    latencyFigure(ctx, input),
    resources.length === 0
      ? notice(ctx, 'Utilisation against throughput: no CloudWatch resource series were fitted for this run (CloudWatch absent, or no series with a known role).')
      : figureCaption(ctx, 'Resource utilisation against throughput', `${resources.length} resource${resources.length === 1 ? '' : 's'} fitted with the utilisation law (a straight line in throughput); per instance for the web tier (each period divided by the instances then in service), per site for shared tiers.`),
    ...resources.map((r) => resourceFigure(ctx, r)),
    uslFigure(ctx, a),
  ];
  if (cap !== null && !cap.valid) blocks.unshift(notice(ctx, `These numbers are a lower bound: ${cap.invalidReasons.join('; ')}.`));
  return flowPages('Capacity', 'what one instance sustains, what limits it, how it scales', blocks);
}
