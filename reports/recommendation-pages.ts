// What to set and why: every recommended number with its reasoning, the scheduled pre-scaling, the
// alarms of a step policy, the alternative, and — when nothing meets the SLO — what must change.
import type { Recommendation } from '../recommend/recommendation-types.ts';
import type { ScheduledAction, StepRule } from '../recommend/types.ts';
import { bullet, notice, paragraph, sectionHeading, stack, type Block } from './blocks.ts';
import type { PdfContext } from './chart-region.ts';
import { flowPages } from './flow-pages.ts';
import type { PageDrawer } from './page-drawer.ts';
import { reasonedRow } from './reasoned-row.ts';
import { NO_RECOMMENDATION, type ReportInput } from './report-input.ts';
import type { Column } from './table.ts';
import { tableBlocks } from './table-block.ts';
import { SIZE } from './theme.ts';
import { formatMinutes } from './xy-chart.ts';

const scheduledColumns: readonly Column<ScheduledAction>[] = [
  { title: 'Scheduled action', width: 150, align: 'left', cell: (s) => s.name },
  { title: 'From', width: 40, align: 'right', cell: (s) => formatMinutes(s.startMinute) },
  { title: 'To', width: 40, align: 'right', cell: (s) => formatMinutes(s.endMinute) },
  { title: 'Min', width: 30, align: 'right', cell: (s) => String(s.minCapacity) },
  { title: 'Why', width: 'flex', align: 'left', cell: (s) => s.reason },
];

function ruleText(rule: StepRule, unit: string): string {
  const a = rule.alarm;
  const steps = rule.steps.map((s) => `${s.lower ?? '−∞'}…${s.upper ?? '+∞'} → ${s.adjustment > 0 ? '+' : ''}${s.adjustment}${rule.adjustmentType === 'PercentChangeInCapacity' ? ' %' : ''}`).join('; ');
  return `${a.comparison} ${a.threshold} ${unit}, ${a.statistic} over ${a.periodSeconds} s, ${a.datapointsToAlarm} of ${a.evaluationPeriods} datapoints, missing data: ${a.treatMissingData}. Steps (metric − threshold): ${steps}${rule.minAdjustmentMagnitude === null ? '' : `, at least ${rule.minAdjustmentMagnitude} instance`}${rule.cooldownSeconds > 0 ? `; cooldown ${rule.cooldownSeconds} s` : ''}.`;
}

function ruleRows(ctx: PdfContext, r: Recommendation): Block[] {
  const s = r.scaling;
  const rule = s.policy.rule;
  const unit = s.metric.value === 'ALBRequestCountPerTarget' ? 'requests/target/min' : '% CPU';
  const rows: Block[] = [
    reasonedRow(ctx, 'Policy', rule.kind === 'target-tracking' ? 'Target tracking' : rule.kind === 'step' ? 'Step scaling' : 'Static', `${rule.kind === 'target-tracking' ? 'AWS owns the alarms (3 of 3 one-minute datapoints out, 15 of 15 at about 90 % of the target in).' : 'Our own alarms: two minutes to react instead of three.'} Chosen because its replay met the SLO with the fewest instance-hours (the alternative, ${s.alternative.label.replace(/^Alternative: /, '')}, used ${s.replays.alternative.summary.instanceHours.toFixed(1)} against ${s.replays.recommended.summary.instanceHours.toFixed(1)}).`),
    reasonedRow(ctx, 'Metric', s.metric.value, s.metric.reasoning),
    reasonedRow(ctx, rule.kind === 'step' ? 'Scale-out threshold' : 'Target value', `${s.targetValue.value} ${unit}`, s.targetValue.reasoning),
    reasonedRow(ctx, 'Utilisation', `${Math.round(s.utilisation.value * 100)} %`, s.utilisation.reasoning),
    reasonedRow(ctx, 'Reaction time', s.reactionSeconds.value >= 120 ? `${(s.reactionSeconds.value / 60).toFixed(1).replace(/\.0$/, '')} min` : `${s.reactionSeconds.value} s`, s.reactionSeconds.reasoning),
    reasonedRow(ctx, 'Capacity planned with', `${s.planningRpsPerInstance.value.toFixed(1)} req/s`, s.planningRpsPerInstance.reasoning),
    reasonedRow(ctx, 'Minimum capacity', String(s.minCapacity.value), s.minCapacity.reasoning),
    reasonedRow(ctx, 'Maximum capacity', String(s.maxCapacity.value), s.maxCapacity.reasoning),
    reasonedRow(ctx, 'Default instance warmup', `${Math.round(s.instanceWarmupSeconds.value)} s`, s.instanceWarmupSeconds.reasoning),
  ];
  if (rule.kind === 'step') {
    rows.push(reasonedRow(ctx, 'Scale-out alarm', 'see right', ruleText(rule.scaleOut, unit)), reasonedRow(ctx, 'Scale-in alarm', 'see right', `${ruleText(rule.scaleIn, unit)} The gap between the two thresholds (hysteresis) stops one removal from triggering the next launch.`));
  }
  return rows;
}

export function recommendationPages(ctx: PdfContext, input: ReportInput): PageDrawer[] {
  const r = input.recommendation;
  if (r === null) return flowPages('What to set', undefined, [notice(ctx, NO_RECOMMENDATION)]);
  const s = r.scaling;
  const blocks: Block[] = [...ruleRows(ctx, r)];
  blocks.push(
    s.scheduled.length === 0
      ? stack([sectionHeading('Scheduled pre-scaling'), paragraph(ctx, 'The peak profile names no known events, so there is nothing to pre-scale. Add events (term start, exam slots) to the peak profile to get scheduled actions.', { size: SIZE.body })])
      : stack([sectionHeading('Scheduled pre-scaling'), paragraph(ctx, 'Times are from the start of the peak profile; `alarms export --peak-start` turns them into dates. Each raises the minimum and a second action restores it when the event ends.', { size: SIZE.body })], 4),
    ...(s.scheduled.length === 0 ? [] : tableBlocks(ctx, scheduledColumns, s.scheduled)),
  );
  if (!s.meetsSlo) blocks.push(sectionHeading('What must change'), ...s.mustChange.map((m) => bullet(ctx, m)));
  return flowPages('What to set', 'each number with its reasoning', blocks, 4);
}
