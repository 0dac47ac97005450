// One run, two Moodle sites with their own users and weights: every request carries its tenant tag.
import { writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeRun } from '../../runner/execute-run.ts';
import { runCli } from '../cli/run-cli.ts';
import { findSecrets, passwordsOf } from '../secrets.ts';
import { startTestTestbed, type StartedTestbed } from '../testbed/start.ts';
import { readRun } from './k6-points.ts';
import { ciRun } from './run-request.ts';

let a: StartedTestbed;
let b: StartedTestbed;
let tenantsFile: string;
beforeAll(async () => {
  a = await startTestTestbed({ users: 10 });
  b = await startTestTestbed({ users: 10 });
  tenantsFile = join(dirname(a.testbed.usersCsvPath), 'tenants.json');
  writeFileSync(
    tenantsFile,
    JSON.stringify({
      tenants: [
        { name: 'school-a', target: a.testbed.url, weight: 1, users: a.testbed.usersCsvPath },
        // A path relative to the tenants file, as people write them.
        { name: 'school-b', target: `${b.testbed.url}/`, weight: 3, users: relative(dirname(tenantsFile), b.testbed.usersCsvPath) },
      ],
    }),
  );
});
afterAll(async () => {
  await a.close();
  await b.close();
});

describe('multi-tenant runs', () => {
  it('logs in on each site with its own users and tags every request (setup included) with its tenant', async () => {
    // term-start: its setup() finds each tenant's quiz, then arrivals mix logins, browsing and quizzes.
    const { dir, record } = await executeRun(ciRun(null, null, { scenario: 'term-start', tenantsFile }));
    const r = readRun(dir);
    expect(record.status).toBe('completed');
    expect(r.checks.fails).toBe(0); // a user of one site would be rejected by the other
    const tenants = r.tagValues('tenant');
    expect([...tenants.keys()].sort()).toEqual(['school-a', 'school-b']);
    expect(record.tenants?.map((t) => t.name)).toEqual(['school-a', 'school-b']);
    expect(findSecrets(dir, [...passwordsOf(a.testbed.usersCsvPath), ...passwordsOf(b.testbed.usersCsvPath)])).toEqual([]);
  });

  it('the run command takes --tenants in place of --target and --users', async () => {
    const res = await runCli(['run', '--tenants', tenantsFile, '--scenario', 'smoke', '--profile', 'ci', '--results', join(dirname(tenantsFile), 'cli-results'), '--quiet'], dirname(tenantsFile), 120_000);
    expect(res.code, res.stderr).toBe(0);
    expect(readRun(res.stdout.trim()).checks.fails).toBe(0);
  });

  it('refuses --target together with --tenants, and a tenant that is not loopback unless confirmed', async () => {
    await expect(executeRun(ciRun(a.testbed.url, null, { tenantsFile }))).rejects.toThrow(/--target and --tenants exclude each other/);
    const remote = join(dirname(tenantsFile), 'remote.json');
    writeFileSync(remote, JSON.stringify({ tenants: [{ name: 'far', target: 'https://moodle.example.edu', users: a.testbed.usersCsvPath }] }));
    await expect(executeRun(ciRun(null, null, { tenantsFile: remote }))).rejects.toThrow(/tenant far: refusing to send load to moodle\.example\.edu/);
  });
});
