import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanFlag, stringFlag } from '../args.ts';
import { applyState } from '../../aws/alarms/apply-state.ts';
import { makeBackup, readBackup, writeBackup } from '../../aws/alarms/backup.ts';
import { alarmClients, type AlarmClients } from '../../aws/alarms/clients.ts';
import { alarmDefinitions } from '../../aws/alarms/definitions.ts';
import { describeGroupSize } from '../../aws/alarms/describe-group.ts';
import { describeState } from '../../aws/alarms/describe-state.ts';
import { formatChanges, hasChanges } from '../../aws/alarms/diff.ts';
import { exportCliJson } from '../../aws/alarms/export-cli-json.ts';
import { exportCloudFormation } from '../../aws/alarms/export-cloudformation.ts';
import { exportTerraform } from '../../aws/alarms/export-terraform.ts';
import { planApply, planRollback, type Plan } from '../../aws/alarms/plan.ts';
import type { AlarmDefinitions } from '../../aws/alarms/types.ts';
import { readRecommendation } from '../../recommend/recommendation-file.ts';
import { CLIError } from '../errors.ts';
import type { Command, CommandContext } from '../types.ts';

const FORMATS = ['cli-json', 'cloudformation', 'terraform'] as const;

function required(ctx: CommandContext, name: string, what: string): string {
  const v = stringFlag(ctx, name);
  if (v === undefined || v === '') throw new CLIError('USAGE', `--${name}; expected ${what}, got nothing`);
  return v;
}

/** Tomorrow 08:00 UTC: a stand-in date for the peak's minute 0 that is never in the past. */
function defaultPeakStart(now: Date): number {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 8));
  return d.getTime();
}

function definitions(ctx: CommandContext, source: string): AlarmDefinitions {
  const r = readRecommendation(source);
  const raw = stringFlag(ctx, 'peak-start');
  const start = raw === undefined ? defaultPeakStart(new Date()) : Date.parse(raw);
  if (!Number.isFinite(start)) throw new CLIError('USAGE', `--peak-start; expected an ISO date-time such as 2026-09-28T07:00:00Z, got ${JSON.stringify(raw)}`);
  const defs = alarmDefinitions(r.scaling.policy, {
    asgName: required(ctx, 'asg', 'the Auto Scaling group name'),
    resourceLabel: stringFlag(ctx, 'resource-label') ?? null,
    peakStartMs: start,
    instanceWarmupSeconds: r.scaling.instanceWarmupSeconds.value,
  });
  const notes = [...defs.warnings];
  if (raw === undefined && defs.desired.scheduled.length > 0) notes.push(`No --peak-start: the peak's minute 0 is taken as ${new Date(start).toISOString()}; set the real date of the event.`);
  for (const n of notes) console.error(`warning: ${n}`);
  return defs;
}

/** `fallbackEndpoint`: the endpoint a backup was taken from, used when --endpoint is not given. */
function clients(ctx: CommandContext, region: string | undefined, fallbackEndpoint: string | null = null): AlarmClients {
  const r = region ?? stringFlag(ctx, 'region');
  if (r === undefined) throw new CLIError('USAGE', '--region; expected the region of the Auto Scaling group, got nothing');
  const endpoint = stringFlag(ctx, 'endpoint') ?? fallbackEndpoint ?? undefined;
  return alarmClients({ region: r, ...(endpoint === undefined ? {} : { endpoint }) });
}

function exportTo(ctx: CommandContext, source: string): void {
  const format = stringFlag(ctx, 'format') ?? 'cli-json';
  if (!(FORMATS as readonly string[]).includes(format)) throw new CLIError('USAGE', `--format; expected one of ${FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
  const defs = definitions(ctx, source);
  const out = stringFlag(ctx, 'out');
  const description = `Moodle web tier scaling for ${defs.desired.asgName}, recommended by moodle-capacity`;
  if (format === 'cli-json') {
    const dir = out ?? `alarms-${defs.desired.asgName}`;
    mkdirSync(dir, { recursive: true });
    for (const f of exportCliJson(defs)) writeFileSync(join(dir, f.name), f.content, f.name.endsWith('.sh') ? { mode: 0o755 } : {});
    console.log(dir);
    return;
  }
  const text = format === 'cloudformation' ? exportCloudFormation(defs, description) : exportTerraform(defs, description);
  if (out === undefined) process.stdout.write(text);
  else {
    writeFileSync(out, text);
    console.log(out);
  }
}

function showPlan(plan: Plan, verb: string): boolean {
  console.error(`${verb} ${plan.desired.asgName}:`);
  console.error(formatChanges(plan.changes) || '  (nothing managed)');
  return hasChanges(plan.changes);
}

async function execute(c: AlarmClients, plan: Plan, backupPath: string | null, ctx: CommandContext, region: string): Promise<number> {
  if (backupPath !== null) {
    const size = await describeGroupSize(c, plan.desired.asgName);
    writeBackup(backupPath, makeBackup(plan.current.state, plan.scope, region, stringFlag(ctx, 'endpoint') ?? null, new Date(), size));
    console.error(`backup of the current definitions: ${backupPath}`);
  }
  const result = await applyState(c, plan.current, plan.desired, plan.scope);
  if (result.remaining.length > 0) {
    console.error(`AWS does not hold what was applied:\n${formatChanges(result.remaining)}`);
    return 1;
  }
  console.error('applied; read back and verified');
  return 0;
}

async function apply(ctx: CommandContext, source: string): Promise<number> {
  const defs = definitions(ctx, source);
  const region = required(ctx, 'region', 'the region of the Auto Scaling group');
  const c = clients(ctx, region);
  try {
    const plan = await planApply(c, defs.desired, booleanFlag(ctx, 'replace'));
    if (!showPlan(plan, 'apply to')) {
      console.error('nothing to change');
      return 0;
    }
    if (!booleanFlag(ctx, 'yes')) {
      console.error('dry run: nothing was changed. Run again with --yes to back up the current definitions and apply.');
      return 0;
    }
    const backup = stringFlag(ctx, 'backup') ?? `alarms-backup-${defs.desired.asgName}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
    return await execute(c, plan, backup, ctx, region);
  } finally {
    c.destroy();
  }
}

async function rollback(ctx: CommandContext, file: string): Promise<number> {
  const backup = readBackup(file);
  const c = clients(ctx, backup.region, backup.endpoint);
  try {
    const plan = await planRollback(c, backup);
    if (!showPlan(plan, `restore ${file} to`)) {
      console.error('already as in the backup');
      return 0;
    }
    if (!booleanFlag(ctx, 'yes')) {
      console.error('dry run: nothing was changed. Run again with --yes to restore the backup.');
      return 0;
    }
    return await execute(c, plan, null, ctx, backup.region);
  } finally {
    c.destroy();
  }
}

async function backupOnly(ctx: CommandContext): Promise<void> {
  const asg = required(ctx, 'asg', 'the Auto Scaling group name');
  const region = required(ctx, 'region', 'the region of the Auto Scaling group');
  const out = required(ctx, 'out', 'the file to write');
  const c = clients(ctx, region);
  try {
    const { state } = await describeState(c, asg, []);
    const none = { policies: [], alarms: [], scheduled: [] };
    writeBackup(out, makeBackup(state, none, region, stringFlag(ctx, 'endpoint') ?? null, new Date(), await describeGroupSize(c, asg)));
    console.log(out);
  } finally {
    c.destroy();
  }
}

export const command: Command = {
  name: 'alarms',
  summary: 'export, apply (dry run first, backed up) or roll back the recommended scaling definitions',
  usage: 'export|apply RECOMMENDATION --asg NAME [options] | rollback BACKUP | backup --asg NAME --region R --out FILE',
  description: [
    'RECOMMENDATION is a run directory with recommendation.json, or the file itself.',
    '  export    writes the definitions as AWS CLI JSON (a directory of --cli-input-json files and apply.sh),',
    '            a CloudFormation template (YAML) or Terraform (HCL).',
    '  apply     compares the definitions with what the group has (DescribePolicies, DescribeAlarms,',
    '            DescribeScheduledActions) and prints the difference; with --yes it writes a backup of the',
    '            current definitions, applies (PutScalingPolicy, PutMetricAlarm, PutScheduledUpdateGroupAction),',
    '            reads everything back and checks it. Applying twice changes nothing.',
    '  rollback  restores a backup exactly (dry run unless --yes), removing what the apply added.',
    '  backup    saves the group\'s current definitions (for `recommend --current FILE`).',
    'Group settings (MinSize, MaxSize, DefaultInstanceWarmup) are exported but not applied.',
  ].join('\n'),
  positionals: { min: 1, max: 2 },
  options: {
    asg: { type: 'string', valueName: 'NAME', description: 'the Auto Scaling group of the Moodle web tier' },
    format: { type: 'string', valueName: 'FORMAT', default: 'cli-json', description: 'export format: cli-json, cloudformation or terraform' },
    out: { type: 'string', valueName: 'PATH', description: 'export: file or directory (cli-json); backup: file' },
    'resource-label': { type: 'string', valueName: 'LABEL', description: 'ALB target group, app/<lb>/<id>/targetgroup/<tg>/<id> (for ALBRequestCountPerTarget)' },
    'peak-start': { type: 'string', valueName: 'TIME', description: "ISO time of the peak profile's minute 0, for scheduled actions (default: tomorrow 08:00 UTC)" },
    region: { type: 'string', valueName: 'REGION', description: 'region of the group (apply, backup)' },
    endpoint: { type: 'string', valueName: 'URL', description: 'AWS endpoint (moto in tests and the demo)' },
    replace: { type: 'boolean', description: 'apply: also delete the group\'s other scaling policies, their alarms and scheduled actions' },
    backup: { type: 'string', valueName: 'FILE', description: 'apply: where to write the backup (default: alarms-backup-<asg>-<time>.json)' },
    yes: { type: 'boolean', short: 'y', description: 'apply or roll back for real (default: dry run)' },
  },
  async run(ctx) {
    const [verb, arg] = ctx.positionals;
    switch (verb) {
      case 'export':
        if (arg === undefined) throw new CLIError('USAGE', 'usage: moodle-capacity alarms export RECOMMENDATION --asg NAME [--format cli-json|cloudformation|terraform]');
        exportTo(ctx, arg);
        return 0;
      case 'apply':
        if (arg === undefined) throw new CLIError('USAGE', 'usage: moodle-capacity alarms apply RECOMMENDATION --asg NAME --region R [--yes]');
        return apply(ctx, arg);
      case 'rollback':
        if (arg === undefined) throw new CLIError('USAGE', 'usage: moodle-capacity alarms rollback BACKUP [--yes]');
        return rollback(ctx, arg);
      case 'backup':
        await backupOnly(ctx);
        return 0;
      default:
        throw new CLIError('USAGE', `alarms: expected export, apply, rollback or backup, got ${JSON.stringify(verb)}`);
    }
  },
};
