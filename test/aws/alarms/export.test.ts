// Exports: the AWS CLI JSON files are accepted by the SDK (moto's server), the CloudFormation template
// parses as YAML with the right resources and references, and the Terraform parses as HCL (HashiCorp's
// parser, compiled to WebAssembly in @cdktf/hcl2json).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { DescribeAlarmsCommand, PutMetricAlarmCommand, type PutMetricAlarmCommandInput } from '@aws-sdk/client-cloudwatch';
import { DescribePoliciesCommand, DescribeScheduledActionsCommand, PutScalingPolicyCommand, PutScheduledUpdateGroupActionCommand, type PutScalingPolicyCommandInput } from '@aws-sdk/client-auto-scaling';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { alarmClients, type AlarmClients } from '../../../aws/alarms/clients.ts';
import { alarmDefinitions } from '../../../aws/alarms/definitions.ts';
import { ARN_PLACEHOLDER_PREFIX, exportCliJson } from '../../../aws/alarms/export-cli-json.ts';
import { exportCloudFormation } from '../../../aws/alarms/export-cloudformation.ts';
import { exportTerraform } from '../../../aws/alarms/export-terraform.ts';
import { startMoto, type MotoServer } from '../../../aws/moto.ts';
import { LABEL, PEAK_START_MS, STEP_POLICY, TT_POLICY } from './fixture.ts';
import { createGroup } from './moto-group.ts';

const stepDefs = alarmDefinitions(STEP_POLICY, { asgName: 'web-export', resourceLabel: LABEL, peakStartMs: PEAK_START_MS, instanceWarmupSeconds: 120 });
const ttDefs = alarmDefinitions(TT_POLICY, { asgName: 'web-export', resourceLabel: null, peakStartMs: PEAK_START_MS, instanceWarmupSeconds: 120 });

describe('AWS CLI JSON export', () => {
  let moto: MotoServer;
  let c: AlarmClients;
  beforeAll(async () => {
    moto = await startMoto();
    c = alarmClients({ region: moto.region, endpoint: moto.endpoint });
    await createGroup(c, 'web-export', false);
  });
  afterAll(async () => {
    c?.destroy();
    await moto?.stop();
  });

  const files = exportCliJson(stepDefs);

  it('numbers the calls in the order to run them and writes apply.sh that runs each one', () => {
    expect(files.map((f) => f.name)).toEqual([
      '00-update-auto-scaling-group.json',
      '01-put-scaling-policy-moodle-capacity-web-export-scale-out.json',
      '02-put-scaling-policy-moodle-capacity-web-export-scale-in.json',
      '03-put-metric-alarm-moodle-capacity-web-export-scale-out.json',
      '04-put-metric-alarm-moodle-capacity-web-export-scale-in.json',
      '05-put-scheduled-update-group-action-moodle-capacity-prescale-term-start-raise.json',
      '06-put-scheduled-update-group-action-moodle-capacity-prescale-term-start-restore.json',
      'apply.sh',
    ]);
    const script = files.find((f) => f.name === 'apply.sh')?.content ?? '';
    for (const f of files.filter((x) => x.name.endsWith('.json'))) expect(script).toContain(`file://${f.name}`);
    expect(script).toContain('--alarm-actions "$arn_moodle_capacity_web_export_scale_out"');
    const dir = mkdtempSync(join(tmpdir(), 'alarms-cli-'));
    try {
      writeFileSync(join(dir, 'apply.sh'), script);
      execFileSync('sh', ['-n', join(dir, 'apply.sh')]); // syntax check; throws on error
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is accepted by the SDK: PutScalingPolicy, PutMetricAlarm (with the ARN apply.sh passes), PutScheduledUpdateGroupAction', async () => {
    const byPrefix = (p: string) => files.filter((f) => f.name.includes(p)).map((f) => JSON.parse(f.content) as Record<string, unknown>);
    for (const input of byPrefix('put-scaling-policy')) await c.autoscaling.send(new PutScalingPolicyCommand(input as unknown as PutScalingPolicyCommandInput));
    const policies = (await c.autoscaling.send(new DescribePoliciesCommand({ AutoScalingGroupName: 'web-export' }))).ScalingPolicies ?? [];
    expect(policies.map((p) => p.PolicyName).sort()).toEqual(['moodle-capacity-web-export-scale-in', 'moodle-capacity-web-export-scale-out']);
    for (const input of byPrefix('put-metric-alarm')) {
      const actions = (input['AlarmActions'] as string[]).map((a) => {
        expect(a.startsWith(ARN_PLACEHOLDER_PREFIX)).toBe(true);
        return policies.find((p) => p.PolicyName === a.slice(ARN_PLACEHOLDER_PREFIX.length))?.PolicyARN ?? '';
      });
      await c.cloudwatch.send(new PutMetricAlarmCommand({ ...(input as unknown as PutMetricAlarmCommandInput), AlarmActions: actions }));
    }
    const alarms = (await c.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'moodle-capacity-web-export' }))).MetricAlarms ?? [];
    expect(alarms.map((a) => [a.AlarmName, a.Threshold, a.DatapointsToAlarm, a.EvaluationPeriods]).sort()).toEqual([
      ['moodle-capacity-web-export-scale-in', 486, 15, 15],
      ['moodle-capacity-web-export-scale-out', 810, 2, 2],
    ]);
    // The CLI turns the ISO text into a timestamp; the SDK takes a Date.
    for (const input of byPrefix('put-scheduled')) await c.autoscaling.send(new PutScheduledUpdateGroupActionCommand({ ...input, StartTime: new Date(String(input['StartTime'])) } as never));
    const scheduled = (await c.autoscaling.send(new DescribeScheduledActionsCommand({ AutoScalingGroupName: 'web-export' }))).ScheduledUpdateGroupActions ?? [];
    expect(scheduled.map((s) => [s.ScheduledActionName, s.StartTime?.toISOString(), s.MinSize]).sort()).toEqual([
      ['moodle-capacity-prescale-term-start-raise', '2031-09-29T07:50:00.000Z', 9],
      ['moodle-capacity-prescale-term-start-restore', '2031-09-29T09:10:00.000Z', 4],
    ]);
  });
});

describe('CloudFormation export', () => {
  const template = parseYaml(exportCloudFormation(stepDefs, 'test')) as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>; Parameters: Record<string, unknown>; Metadata: Record<string, Record<string, unknown>> };

  it('parses as YAML with a policy, alarm and scheduled action per definition', () => {
    const types = Object.entries(template.Resources).map(([id, r]) => `${id}:${r.Type}`).sort();
    expect(types).toEqual([
      'MoodleCapacityPrescaleTermStartRaiseSchedule:AWS::AutoScaling::ScheduledAction',
      'MoodleCapacityPrescaleTermStartRestoreSchedule:AWS::AutoScaling::ScheduledAction',
      'MoodleCapacityWebExportScaleInAlarm:AWS::CloudWatch::Alarm',
      'MoodleCapacityWebExportScaleInPolicy:AWS::AutoScaling::ScalingPolicy',
      'MoodleCapacityWebExportScaleOutAlarm:AWS::CloudWatch::Alarm',
      'MoodleCapacityWebExportScaleOutPolicy:AWS::AutoScaling::ScalingPolicy',
    ]);
  });

  it('gives policies and alarms distinct logical ids, and alarms Ref their policy', () => {
    const ids = Object.keys(template.Resources);
    expect(new Set(ids).size).toBe(ids.length);
    const alarms = Object.values(template.Resources).filter((r) => r.Type === 'AWS::CloudWatch::Alarm');
    expect(alarms).toHaveLength(2);
    for (const a of alarms) {
      const ref = (a.Properties['AlarmActions'] as { Ref: string }[])[0]?.Ref ?? '';
      expect(template.Resources[ref]?.Type).toBe('AWS::AutoScaling::ScalingPolicy');
    }
    const policy = Object.values(template.Resources).find((r) => r.Type === 'AWS::AutoScaling::ScalingPolicy');
    expect(policy?.Properties['AutoScalingGroupName']).toEqual({ Ref: 'AutoScalingGroupName' });
    expect(template.Metadata['MoodleCapacityGroupSettings']).toMatchObject({ MinSize: 4, MaxSize: 12, DefaultInstanceWarmup: 120 });
  });
});

describe('Terraform export', () => {
  it('parses as HCL with the policies, alarms (actions → policy arn) and schedules', async () => {
    const parsed = (await parseHcl('main.tf', exportTerraform(stepDefs, 'test'))) as { resource: Record<string, Record<string, Record<string, unknown>[]>>; variable: Record<string, unknown>; locals: unknown[] };
    expect(Object.keys(parsed.resource['aws_autoscaling_policy'] ?? {}).sort()).toEqual(['moodle_capacity_web_export_scale_in', 'moodle_capacity_web_export_scale_out']);
    const alarm = parsed.resource['aws_cloudwatch_metric_alarm']?.['moodle_capacity_web_export_scale_out']?.[0] ?? {};
    expect(alarm['alarm_actions']).toEqual(['${aws_autoscaling_policy.moodle_capacity_web_export_scale_out.arn}']);
    expect(alarm['threshold']).toBe(810);
    expect(alarm['dimensions']).toEqual({ TargetGroup: 'targetgroup/moodle-web/73e2d6bc24d8a067' });
    const out = parsed.resource['aws_autoscaling_policy']?.['moodle_capacity_web_export_scale_out']?.[0] ?? {};
    expect(out['step_adjustment']).toHaveLength(4);
    expect(Object.keys(parsed.resource['aws_autoscaling_schedule'] ?? {})).toHaveLength(2);
    expect(parsed.variable).toHaveProperty('asg_name');
  });

  it('writes target tracking with its predefined metric', async () => {
    const parsed = (await parseHcl('tt.tf', exportTerraform(ttDefs, 'test "quoted" ${not-interpolated}'))) as { resource: Record<string, Record<string, Record<string, unknown>[]>> };
    const p = parsed.resource['aws_autoscaling_policy']?.['moodle_capacity_web_export_target_tracking']?.[0] ?? {};
    expect(p['policy_type']).toBe('TargetTrackingScaling');
    expect(JSON.stringify(p['target_tracking_configuration'])).toContain('ASGAverageCPUUtilization');
  });

  it('rejects broken HCL (the parser really parses)', async () => {
    await expect(parseHcl('bad.tf', 'resource "x" {\n  = oops\n')).rejects.toThrow();
  });
});
