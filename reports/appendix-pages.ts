// Appendix: the alarm and scaling definitions as AWS will hold them (`alarms export` writes the same
// in AWS CLI JSON, CloudFormation or Terraform). Group name and dates are placeholders here.
import { alarmDefinitions } from '../aws/alarms/definitions.ts';
import type { AlarmDef, PolicyDef, ScheduledDef } from '../aws/alarms/types.ts';
import { bullet, notice, paragraph, sectionHeading, stack, type Block } from './blocks.ts';
import type { PdfContext } from './chart-region.ts';
import { flowPages } from './flow-pages.ts';
import { keyValues, type KeyValue } from './key-values.ts';
import type { PageDrawer } from './page-drawer.ts';
import { NO_RECOMMENDATION, type ReportInput } from './report-input.ts';
import { CONTENT, SIZE } from './theme.ts';
import { formatMinutes } from './xy-chart.ts';

const GROUP = '<your-group>';

/** Nested fields under their parent, indented (keys stay short enough for the key column); lists by index. */
function rows(o: object, skip: readonly string[] = [], depth = 0): KeyValue[] {
  const pad = '   '.repeat(depth);
  return Object.entries(o)
    .filter(([k, v]) => v !== undefined && !skip.includes(k))
    .flatMap(([k, v]): KeyValue[] => {
      const key = `${pad}${k}`;
      if (Array.isArray(v)) {
        if (v.length === 0) return [{ key, value: '(none)' }];
        return v.map((x, i) => ({ key: `${pad}${k}[${i}]`, value: typeof x === 'object' && x !== null ? Object.entries(x).map(([a, b]) => `${a} ${String(b)}`).join(', ') : String(x) }));
      }
      if (typeof v === 'object' && v !== null) return [{ key, value: '' }, ...rows(v, [], depth + 1)];
      return [{ key, value: String(v) }];
    });
}

function item(ctx: PdfContext, title: string, kv: KeyValue[]): Block {
  return stack([paragraph(ctx, title, { size: SIZE.body, weight: 'bold' }), keyValues(ctx, kv, CONTENT.left, CONTENT.width, 230)], 2);
}

function scheduledRows(s: ScheduledDef): KeyValue[] {
  const minute = s.StartTime === undefined ? null : Date.parse(s.StartTime) / 60_000;
  return [...rows(s, ['StartTime', 'ScheduledActionName']), { key: 'StartTime', value: minute === null ? 'n/a' : `peak start + ${formatMinutes(minute)} (set with alarms export --peak-start)` }];
}

export function appendixPages(ctx: PdfContext, input: ReportInput): PageDrawer[] {
  const r = input.recommendation;
  const title = 'Appendix: alarm and scaling definitions';
  if (r === null) return flowPages(title, undefined, [notice(ctx, NO_RECOMMENDATION)]);
  const defs = alarmDefinitions(r.scaling.policy, { asgName: GROUP, resourceLabel: null, peakStartMs: 0, instanceWarmupSeconds: r.scaling.instanceWarmupSeconds.value });
  const blocks: Block[] = [
    paragraph(ctx, `As applied by \`moodle-capacity alarms apply\` (dry run first, backed up) or exported with \`alarms export --format cli-json|cloudformation|terraform\`. ${GROUP} stands for the Auto Scaling group; the ALB target group label is a placeholder until --resource-label is given.`, { size: SIZE.body }),
    sectionHeading('Group settings (set on the group itself)'),
    keyValues(ctx, rows(defs.group), CONTENT.left, CONTENT.width, 230),
    sectionHeading('Scaling policies (PutScalingPolicy)'),
    ...defs.desired.policies.map((p: PolicyDef) => item(ctx, p.PolicyName, rows(p, ['PolicyName']))),
    ...(defs.desired.alarms.length === 0 ? [paragraph(ctx, 'Target tracking creates and owns its CloudWatch alarms; there are none to define.', { size: SIZE.body })] : [sectionHeading('CloudWatch alarms (PutMetricAlarm)'), ...defs.desired.alarms.map((a: AlarmDef) => item(ctx, a.AlarmName, rows(a, ['AlarmName'])))]),
    ...(defs.desired.scheduled.length === 0 ? [] : [sectionHeading('Scheduled actions (PutScheduledUpdateGroupAction)'), ...defs.desired.scheduled.map((s) => item(ctx, s.ScheduledActionName, scheduledRows(s)))]),
    ...defs.warnings.filter((w) => !w.includes('in the past')).map((w) => bullet(ctx, w)),
  ];
  return flowPages(title, undefined, blocks, 6);
}
