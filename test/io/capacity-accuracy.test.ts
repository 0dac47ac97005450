// Accuracy against the testbed's ground truth, with real k6 runs: for the web-bound, db-bound and
// db-sessions profiles, a login storm ramps past the capacity the testbed was built with, analyze
// pulls the metrics the testbed published to moto, and the capacity model must find the capacity per
// instance within ±10 % and the right bottleneck (session-store via db-cpu for database sessions).
// About 2 minutes per profile.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMoto, type MotoServer } from '../../aws/moto.ts';
import { analyzeRun, writeAnalysis } from '../../io/analyze-run.ts';
import { executeRun } from '../../runner/execute-run.ts';
import { startTestbed } from '../../testbed/index.ts';
import { testbedOptions } from '../../testbed/options.ts';

/** Requests per login-storm iteration (login page, login, test session, dashboard, its AJAX calls, logout). */
const REQUESTS_PER_ITERATION = 7;
const RAMP_SECONDS = 100;

let moto: MotoServer;
const work = mkdtempSync(join(tmpdir(), 'mc-accuracy-'));

beforeAll(async () => {
  moto = await startMoto();
}, 60_000);
afterAll(async () => {
  await moto.stop();
});

/** A ramp from a tenth to 1.3 times the site's capacity, in login-storm iterations per second. */
function rampProfile(capacityRps: number): string {
  const peak = Math.ceil((1.3 * capacityRps) / REQUESTS_PER_ITERATION);
  const path = join(work, `ramp-${capacityRps.toFixed(0)}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      description: 'accuracy ramp',
      slo: { p95Ms: 1000, maxErrorRate: 0.9 },
      thinkTime: [0.2, 0.4],
      scenarios: {
        'login-storm': {
          executor: 'ramping-arrival-rate',
          startRate: Math.max(1, Math.round(peak / 10)),
          timeUnit: '1s',
          preAllocatedVUs: 100,
          maxVUs: 2000,
          stages: [
            { duration: `${RAMP_SECONDS}s`, target: peak },
            { duration: '10s', target: peak },
          ],
        },
      },
    }),
  );
  return path;
}

describe('the capacity model against the testbed ground truth', () => {
  for (const profile of ['web-bound', 'db-bound', 'db-sessions']) {
    it(`finds ${profile}'s capacity per instance within ±10 % and its bottleneck`, async () => {
      const dataDir = join(work, profile);
      const testbed = await startTestbed(testbedOptions({ profile, cloudwatch: { region: moto.region, endpoint: moto.endpoint }, publishPeriodSeconds: 5, users: 1000, dataDir }));
      let runDir: string;
      try {
        const truth = testbed.groundTruth();
        const run = await executeRun({
          target: testbed.url,
          confirmTarget: undefined,
          scenario: 'login-storm',
          profile: rampProfile(truth.bottleneck.capacityRps),
          scale: { rateScale: 1, durationSeconds: null },
          usersFile: testbed.usersCsvPath,
          resultsDir: join(work, 'results'),
          environmentFile: testbed.environmentPath,
          log: () => undefined,
        });
        runDir = run.dir;
      } finally {
        await testbed.stop();
      }
      const analysis = await analyzeRun({ runDir, environmentFile: null, noCloudWatch: false, log: () => undefined });
      writeAnalysis(runDir, analysis);
      const gt = analysis.capacity?.groundTruth;
      expect(gt?.profile).toBe(profile);
      expect(gt, JSON.stringify({ gt, bottleneck: analysis.capacity?.bottleneck, resources: analysis.capacity?.resources.map((r) => r.evidence) }, null, 1)).toMatchObject({ withinTolerance: true, bottleneckMatches: true });
      expect(analysis.capacity?.bottleneck?.evidence.length).toBeGreaterThan(0);
    }, 360_000);
  }
});
