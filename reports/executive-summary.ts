// One page for people who decide: what the platform holds, learners per instance, what breaks first,
// what to set, what to buy, the annual cost and savings, and how the advice was checked.
import { paragraph, sectionHeading, spacer, stack, type Block } from './blocks.ts';
import type { PdfContext } from './chart-region.ts';
import { formatCount, formatPercent, NA } from './format.ts';
import { headlineFacts, type HeadlineFacts } from './headline-facts.ts';
import { formatMoney } from './money.ts';
import { drawPageHeading } from './page-frame.ts';
import type { PageDrawer } from './page-drawer.ts';
import { NO_RECOMMENDATION, type ReportInput } from './report-input.ts';
import { drawText } from './text.ts';
import { COLOR, CONTENT, SIZE } from './theme.ts';
import { tiles } from './tiles.ts';

const TITLE = 'Executive summary';

/** Who carried the load: a fixed fleet, or a group that scaled during the run (then per instance only). */
function tested(f: HeadlineFacts): string {
  if (f.scaledBetween !== null) return `The group scaled from ${f.scaledBetween.min} to ${f.scaledBetween.max} instances during the run; counted per instance in service,`;
  const fleet = f.instancesUnderTest === null ? 'fleet' : `${f.instancesUnderTest} instance${f.instancesUnderTest === 1 ? '' : 's'}`;
  return `The tested ${fleet} sustained ${formatCount(f.siteRps)} requests/s`;
}

function section(ctx: PdfContext, title: string, text: string): Block {
  return stack([spacer(8), sectionHeading(title), paragraph(ctx, text, { size: SIZE.body })]);
}

export function executiveSummaryPages(ctx: PdfContext, input: ReportInput): PageDrawer[] {
  const f = headlineFacts(input);
  const r = input.recommendation;
  const holds =
    f.perInstanceRps === null
      ? 'This run did not establish a sustainable rate: no period kept p95 under the SLO with < 1 % errors, or the analyzer had no capacity model.'
      : `${tested(f)} with p95 under ${formatCount(f.sloP95Ms)} ms and under 1 % errors: ${f.lowerBound ? 'at least ' : ''}${formatCount(f.perInstanceRps)} requests/s per instance${f.lowerBound && f.saturationPerInstanceRps !== null ? ` (the run never broke the SLO; the bottleneck's utilisation reaches 100 % near ${formatCount(f.saturationPerInstanceRps)} requests/s per instance)` : ''}${f.learnersPerInstance === null ? '' : `, about ${formatCount(f.learnersPerInstance)} active learners per instance at this run's mix of pages and think time`}.${r === null ? '' : ` At the recommended maximum of ${r.scaling.maxCapacity.value} instances the tier holds about ${formatCount(r.summary.atMaxCapacityRps)} requests/s at the planned utilisation.`}`;
  // A generator that fell short measured less than the site can do: decision makers must see that here.
  const cap = input.analysis.capacity ?? null;
  const caution = cap === null || cap.valid ? '' : ` These figures are lower bounds: ${cap.invalidReasons.join('; ')}.`;
  const breaks = f.breaksFirst === null ? 'Not identified by this run: no resource measured in CloudWatch reached its limit before latency did. Measure the database and session store in the next test.' : `${f.breaksFirst} reaches its limit first as load grows${r?.capacity.bottleneck?.note === undefined ? '' : ` (${r.capacity.bottleneck.note})`}.`;
  const rep = r?.scaling.replays;
  const validation =
    r === null || rep === undefined
      ? NO_RECOMMENDATION
      : `Replayed minute by minute against ${r.peak.label.charAt(0).toLowerCase()}${r.peak.label.slice(1)}: the recommended policy keeps p95 under the SLO in ${formatPercent(rep.recommended.summary.shareUnderSlo)} of minutes with ${rep.recommended.summary.instanceHours.toFixed(0)} instance-hours; today's policy ${formatPercent(rep.today.summary.shareUnderSlo)} (${rep.today.summary.minutesOverSlo} minutes over); static peak provisioning (the smallest fixed fleet that passes) ${formatPercent(rep.staticPeak.summary.shareUnderSlo)} with ${rep.staticPeak.summary.instanceHours.toFixed(0)} instance-hours.${r.scaling.meetsSlo ? '' : ` No policy meets the 99 % target: ${r.scaling.mustChange[0] ?? ''}`}`;
  const cost =
    r === null
      ? NO_RECOMMENDATION
      : r.ri === null
        ? 'No yearly demand was given (term calendar or hourly history), so the annual cost was not estimated.'
        : `${formatMoney(r.summary.annualCost, r.summary.currency)} a year for the web tier with the recommended purchase, against ${formatMoney(r.ri.allOnDemandCost, r.summary.currency)} all on demand; savings ${formatMoney(r.summary.annualSavings, r.summary.currency)} a year including non-production switched off out of hours. Prices: ${r.prices?.label ?? NA}`;
  const blocks: Block[] = [
    tiles([
      ['Per instance', f.perInstanceRps === null ? NA : `${formatCount(f.perInstanceRps)} req/s`],
      ['Learners / instance', formatCount(f.learnersPerInstance)],
      ['Min – max', r === null ? NA : `${r.scaling.minCapacity.value} – ${r.scaling.maxCapacity.value}`],
      ['Savings / year', r === null ? NA : formatMoney(r.summary.annualSavings, r.summary.currency)],
    ]),
    section(ctx, 'What the platform holds', holds + caution),
    section(ctx, 'What breaks first', breaks),
    section(ctx, 'What to set', r === null ? NO_RECOMMENDATION : `${r.summary.set} ${r.scaling.metric.reasoning}`),
    section(ctx, 'What to buy', r === null ? NO_RECOMMENDATION : r.summary.buy),
    section(ctx, 'Annual cost and savings', cost),
    section(ctx, 'How this was checked', validation),
  ];
  return [
    (c) => {
      const y = drawPageHeading(c, TITLE);
      stack(blocks, 4).draw(c, y);
    },
  ];
}

