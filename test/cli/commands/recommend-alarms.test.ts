// The recommend, report and alarms commands as a user runs them: recommend writes recommendation.json
// and prints a summary; report includes it; alarms exports every format; apply is a dry run until
// --yes, then backs up and applies; applying twice changes nothing; rollback restores (moto's server).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alarmClients } from '../../../aws/alarms/clients.ts';
import { describeState } from '../../../aws/alarms/describe-state.ts';
import { startMoto, type MotoServer } from '../../../aws/moto.ts';
import { projectRoot } from '../../../io/project-root.ts';
import { createGroup } from '../../aws/alarms/moto-group.ts';
import { capacityAnalysis } from '../../reports/capacity-fixture.ts';
import { runCli } from '../run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'recommend-cli-'));
const run = join(dir, 'run');
let moto: MotoServer;

beforeAll(async () => {
  mkdirSync(run);
  writeFileSync(join(run, 'analysis.json'), JSON.stringify(capacityAnalysis()));
  writeFileSync(join(dir, 'facts.json'), JSON.stringify({ schema: 'moodle-capacity/facts@1', bootSeconds: 180, warmupSeconds: 90, azCount: 2, baselineRps: 40, region: 'us-east-1' }));
  moto = await startMoto();
});
afterAll(async () => {
  await moto?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('moodle-capacity recommend, report, alarms', () => {
  it('recommend writes recommendation.json and prints what to set and buy', async () => {
    const r = await runCli(['recommend', run, '--facts', join(dir, 'facts.json'), '--calendar', join(projectRoot(), 'examples', 'term-calendar.json')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(join(run, 'recommendation.json'));
    expect(r.stderr).toMatch(/set: min \d+, max \d+, target tracking on ASGAverageCPUUtilization/);
    expect(r.stderr).toMatch(/recommended +100\.0 % of minutes under the SLO/);
    const rec = JSON.parse(readFileSync(join(run, 'recommendation.json'), 'utf8')) as { schema: string; ri: { best: { count: number } | null } | null };
    expect(rec.schema).toBe('moodle-capacity/recommendation@1');
    expect(rec.ri?.best?.count).toBeGreaterThan(0);
  });

  it('rejects a bad facts file with what, expected and got', async () => {
    writeFileSync(join(dir, 'bad-facts.json'), JSON.stringify({ bootSeconds: 'slow' }));
    const r = await runCli(['recommend', run, '--facts', join(dir, 'bad-facts.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bootSeconds; expected a number ≥ 0, got "slow"');
  });

  it('report includes the recommendation', async () => {
    const r = await runCli(['report', run]);
    expect(r.code, r.stderr).toBe(0);
    const text = execFileSync('pdftotext', [join(run, 'capacity-report.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Replay of the coming peak');
    expect(text).toContain('Demand duration curve');
  });

  it('alarms export writes CLI JSON, CloudFormation and Terraform', async () => {
    const out = join(dir, 'cli-json');
    const a = await runCli(['alarms', 'export', run, '--asg', 'web', '--peak-start', '2031-09-29T07:00:00Z', '--out', out]);
    expect(a.code, a.stderr).toBe(0);
    expect(readdirSync(out)).toContain('apply.sh');
    const cfn = await runCli(['alarms', 'export', run, '--asg', 'web', '--format', 'cloudformation', '--peak-start', '2031-09-29T07:00:00Z']);
    expect(cfn.stdout).toContain('AWS::AutoScaling::ScalingPolicy');
    const tf = await runCli(['alarms', 'export', join(run, 'recommendation.json'), '--asg', 'web', '--format', 'terraform', '--out', join(dir, 'main.tf'), '--peak-start', '2031-09-29T07:00:00Z']);
    expect(tf.code, tf.stderr).toBe(0);
    expect(readFileSync(join(dir, 'main.tf'), 'utf8')).toContain('resource "aws_autoscaling_policy"');
  });

  it('alarms apply: dry run, then --yes with a backup, then nothing to change; rollback restores', async () => {
    const c = alarmClients({ region: moto.region, endpoint: moto.endpoint });
    try {
      await createGroup(c, 'web-cli', true);
      const before = (await describeState(c, 'web-cli', [])).state;
      const common = ['--asg', 'web-cli', '--region', moto.region, '--endpoint', moto.endpoint, '--peak-start', '2031-09-29T07:00:00Z'];

      const dry = await runCli(['alarms', 'apply', run, ...common]);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stderr).toContain('+ policy moodle-capacity-web-cli-target-tracking: create');
      expect(dry.stderr).toContain('dry run: nothing was changed');
      expect((await describeState(c, 'web-cli', [])).state).toEqual(before);

      const backup = join(dir, 'backup.json');
      const yes = await runCli(['alarms', 'apply', run, ...common, '--yes', '--backup', backup]);
      expect(yes.code, yes.stderr).toBe(0);
      expect(yes.stderr).toContain('applied; read back and verified');
      expect(existsSync(backup)).toBe(true);

      const again = await runCli(['alarms', 'apply', run, ...common, '--yes', '--backup', join(dir, 'backup2.json')]);
      expect(again.stderr).toContain('nothing to change');
      expect(existsSync(join(dir, 'backup2.json'))).toBe(false);

      const rb = await runCli(['alarms', 'rollback', backup, '--endpoint', moto.endpoint, '--yes']);
      expect(rb.code, rb.stderr).toBe(0);
      expect((await describeState(c, 'web-cli', [])).state).toEqual(before);
    } finally {
      c.destroy();
    }
  });

  it("recommend replays today's policy from a backup file", async () => {
    const r = await runCli(['recommend', run, '--facts', join(dir, 'facts.json'), '--current', join(dir, 'backup.json'), '--out', join(dir, 'rec-today.json')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/today .*\(Today \(from .*backup\.json\)\)/);
    const rec = JSON.parse(readFileSync(join(dir, 'rec-today.json'), 'utf8')) as { scaling: { replays: { today: { policyLabel: string } } } };
    expect(rec.scaling.replays.today.policyLabel).toContain('backup.json');
  });
});
