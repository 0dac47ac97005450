// Assumptions, method and data sources: what every number rests on, how it was computed, where the
// data came from (run, CloudWatch, prices with their source and date).
import { bullet, paragraph, sectionHeading, spacer, stack, type Block } from './blocks.ts';
import type { PdfContext } from './chart-region.ts';
import { flowPages } from './flow-pages.ts';
import { formatUtc } from './format.ts';
import type { PageDrawer } from './page-drawer.ts';
import { NO_RECOMMENDATION, type ReportInput } from './report-input.ts';
import { SIZE } from './theme.ts';

const METHOD = [
  'Capacity: the highest load per instance with p95 under the SLO, errors under 1 % and no dropped iterations; the rules plan with the low end of its uncertainty band.',
  'Scaling: the utilisation to run at follows from headroom = growth × (metric delay + alarm datapoints + boot + warmup); target tracking and step scaling are each replayed at that utilisation and lowered in 5-point steps until p95 stays under the SLO in at least 99 % of minutes; the cheaper passing rule is recommended.',
  'Replay: discrete, one minute at a time. Launched instances serve after boot + warmup; alarms evaluate M of N one-minute datapoints one minute late; target tracking sets capacity to current × metric ÷ target; scale-in waits for no instance warming and its cooldown.',
  'Minimum capacity: N+1 at the baseline, at least 2, and enough to lose the largest availability zone. Maximum: the higher of the replayed peak and the year’s busiest hour (calendar or history), plus 25 %, at the target utilisation.',
  'Commitments: the k-th reserved instance (or Savings Plan unit) is bought while the share of hours needing at least k instances exceeds u* = effective commitment rate ÷ on-demand rate; this is the cost-minimising count (checked against brute force in the tests).',
];

export function assumptionsPages(ctx: PdfContext, input: ReportInput): PageDrawer[] {
  const a = input.analysis;
  const r = input.recommendation;
  const body = { size: SIZE.body } as const;
  const sources: string[] = [
    `Test run: ${a.run.dir}, ${a.run.scenario} / ${a.run.profile}, ${formatUtc(a.run.startedAt)}, ${a.run.k6Version}.`,
    `Analysis generated ${formatUtc(a.generatedAt)} from ${a.ingest.files.join(', ') || 'no k6 output'} (${a.ingest.samples.toLocaleString('en-US')} samples).`,
    a.cloudwatch === null ? 'CloudWatch: not queried for this run.' : `CloudWatch: ${a.cloudwatch.source}, ${a.cloudwatch.series.length} series at ${a.cloudwatch.periodSeconds} s (${a.cloudwatch.periodReason}).`,
  ];
  if (r !== null) {
    sources.push(`Recommendation generated ${formatUtc(r.generatedAt)}; peak: ${r.peak.label} (${r.peak.source}).`);
    if (r.prices !== null) sources.push(`Prices: ${r.prices.label} File ${r.prices.path}, snapshot of ${r.prices.snapshotDate}.`);
    if (r.ri !== null) sources.push(`Price of ${r.ri.instanceType} in ${r.ri.region}: ${r.ri.priceSource} (${r.ri.priceDate}). Yearly demand: ${r.ri.demandSource}.`);
  }
  const blocks: Block[] = [
    sectionHeading('Assumptions'),
    ...(r === null ? [paragraph(ctx, NO_RECOMMENDATION, body)] : r.assumptions.map((x) => bullet(ctx, x))),
    stack([spacer(6), sectionHeading('Method')]),
    ...METHOD.map((m) => bullet(ctx, m)),
    stack([spacer(6), sectionHeading('Data sources')]),
    ...sources.map((s) => bullet(ctx, s)),
  ];
  return flowPages('Assumptions, method and data sources', undefined, blocks, 2);
}
