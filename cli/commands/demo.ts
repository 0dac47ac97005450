import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringFlag } from '../args.ts';
import { startMoto } from '../../aws/moto.ts';
import { analyzeRun, writeAnalysis } from '../../io/analyze-run.ts';
import { writeReport } from '../../io/write-report.ts';
import { projectRoot } from '../../io/project-root.ts';
import { recommendRun } from '../../recommend/recommend-run.ts';
import { parseDuration } from '../../runner/duration.ts';
import { executeRun } from '../../runner/execute-run.ts';
import { startTestbed } from '../../testbed/index.ts';
import { testbedOptions } from '../../testbed/options.ts';
import { CLIError } from '../errors.ts';
import type { Command } from '../types.ts';

const step = (text: string): void => console.error(`\n==> ${text}`);

export const command: Command = {
  name: 'demo',
  summary: 'the whole pipeline on the testbed: run, analyze, report',
  usage: '[--duration DURATION] [--results DIR]',
  description: [
    "Starts moto's server (CloudWatch) and the testbed on 127.0.0.1, walks every transaction once (smoke), runs",
    'a login storm with the real k6, pulls the CloudWatch metrics the testbed published, analyses the run,',
    'recommends scaling alarms and reserved instances (validated by replay) and writes the capacity PDF. Everything stops by itself; the last line printed is the PDF path.',
  ].join('\n'),
  options: {
    duration: { type: 'string', valueName: 'DURATION', default: '90s', description: 'length of the login storm' },
    results: { type: 'string', valueName: 'DIR', default: 'results', description: 'where run directories are created' },
    profile: { type: 'string', valueName: 'NAME', default: 'demo', description: 'k6 load profile (profiles/)' },
    environment: { type: 'string', valueName: 'NAME', default: 'etf-like', description: 'testbed environment profile (testbed/profiles/)' },
  },
  async run(ctx) {
    const durationRaw = stringFlag(ctx, 'duration') ?? '90s';
    const durationSeconds = parseDuration(durationRaw);
    if (durationSeconds === null || durationSeconds < 10 || durationSeconds > 3600) {
      throw new CLIError('USAGE', `--duration; expected a duration between 10s and 1h, got ${JSON.stringify(durationRaw)}`);
    }
    const results = stringFlag(ctx, 'results') ?? 'results';
    const profile = stringFlag(ctx, 'profile') ?? 'demo';
    const environment = stringFlag(ctx, 'environment') ?? 'etf-like';
    const log = (line: string): void => console.error(`  ${line}`);

    step("starting moto's server (a real CloudWatch-compatible API) on 127.0.0.1");
    const moto = await startMoto();
    log(moto.endpoint);
    try {
      step('starting the testbed (a Moodle web tier in miniature) on 127.0.0.1');
      const testbed = await startTestbed(
        testbedOptions({
          profile: environment,
          // One instance to start and AWS's clock 50x faster: the storm crosses the CPU alarm, the group
          // scales out, and the new instance boots within the demo.
          overrides: { minInstances: 1, desiredInstances: 1, timeScale: 0.02 },
          cloudwatch: { region: moto.region, endpoint: moto.endpoint },
          publishPeriodSeconds: 10,
          dataDir: mkdtempSync(join(tmpdir(), 'moodle-capacity-demo-')),
        }),
      );
      const truth = testbed.groundTruth();
      log(`${testbed.url} (${testbed.profile.name}: ${truth.instance.capacityRps.toFixed(0)} req/s per instance, bottleneck ${truth.bottleneck.resource})`);
      log(`ground truth: ${testbed.groundTruthPath}`);
      let runDir: string;
      try {
        step('smoke: one learner walks every transaction once');
        const smoke = await executeRun({ target: testbed.url, confirmTarget: undefined, scenario: 'smoke', profile, scale: { rateScale: 1, durationSeconds: null }, usersFile: testbed.usersCsvPath, resultsDir: results, environmentFile: null, log });
        if (smoke.record.status !== 'completed') throw new CLIError('K6_FAILED', `the smoke run did not pass (${smoke.record.status}); see ${smoke.dir}/k6.log`);
        step(`login storm for ${durationRaw} (open model: arrivals per second ramp up)`);
        const storm = await executeRun({
          target: testbed.url,
          confirmTarget: undefined,
          scenario: 'login-storm',
          profile,
          scale: { rateScale: 1, durationSeconds },
          usersFile: testbed.usersCsvPath,
          resultsDir: results,
          environmentFile: testbed.environmentPath,
          log,
        });
        runDir = storm.dir;
      } finally {
        step('stopping the testbed (publishes its last metrics)');
        await testbed.stop();
      }
      step('analyze: k6 output + CloudWatch on one grid');
      const analysis = await analyzeRun({ runDir, environmentFile: null, noCloudWatch: false, log });
      writeAnalysis(runDir, analysis);
      const t = analysis.totals;
      log(`${t.requests} requests, ${(t.errorRate * 100).toFixed(2)} % failed, p95 ${t.latency.p95Ms?.toFixed(0) ?? 'n/a'} ms, ${t.checksFailed} failed checks`);
      step('recommend: scaling policy validated by replay, reserved instances for the example term calendar');
      const { recommendation: rec } = await recommendRun({ runDir, calendarFile: join(projectRoot(), 'examples', 'term-calendar.json'), log });
      log(`set: ${rec.summary.set}`);
      log(`buy: ${rec.summary.buy}`);
      const replays = rec.scaling.replays;
      const line = (label: string, r: { summary: { shareUnderSlo: number; instanceHours: number } }): string =>
        `${label} ${(r.summary.shareUnderSlo * 100).toFixed(1)} % of minutes under the SLO, ${r.summary.instanceHours.toFixed(1)} instance-hours`;
      log(`replay: ${line('recommended', replays.recommended)}; ${line('static peak', replays.staticPeak)}`);
      step('report: the capacity PDF');
      console.log(writeReport(runDir, null));
    } finally {
      await moto.stop();
    }
  },
};
