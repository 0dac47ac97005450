import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { booleanFlag, numberFlag, stringFlag } from '../args.ts';
import { startMoto, type MotoServer } from '../../aws/moto.ts';
import { parseDuration } from '../../runner/duration.ts';
import { isTestbedFault, TESTBED_FAULTS } from '../../testbed/app/faults.ts';
import { environmentProfileNames, startTestbed } from '../../testbed/index.ts';
import { testbedOptions } from '../../testbed/options.ts';
import type { ProfileOverrides } from '../../testbed/profiles/types.ts';
import { CLIError } from '../errors.ts';
import type { CommandContext, Command } from '../types.ts';

const int = (n: number): boolean => Number.isInteger(n) && n >= 0;
const positive = (n: number): boolean => Number.isFinite(n) && n > 0;

/** Flags that change a profile; absent flags keep the profile's values. */
function overrides(ctx: CommandContext): ProfileOverrides {
  const pick = (name: string, key: keyof ProfileOverrides, check: (n: number) => boolean, expected: string): Partial<Record<keyof ProfileOverrides, number>> => {
    const v = numberFlag(ctx, name, check, expected);
    return v === undefined ? {} : { [key]: v };
  };
  return {
    ...pick('workers', 'workers', (n) => Number.isInteger(n) && n >= 1, 'a whole number >= 1'),
    ...pick('queue-limit', 'queueLimit', int, 'a whole number'),
    ...pick('instances', 'desiredInstances', (n) => Number.isInteger(n) && n >= 1, 'a whole number >= 1'),
    ...pick('min-instances', 'minInstances', (n) => Number.isInteger(n) && n >= 1, 'a whole number >= 1'),
    ...pick('max-instances', 'maxInstances', (n) => Number.isInteger(n) && n >= 1, 'a whole number >= 1'),
    ...pick('time-scale', 'timeScale', positive, 'a number > 0, e.g. 0.01 for boot and alarms 100x faster'),
    ...pick('lock-timeout', 'sessionLockTimeoutSeconds', positive, 'seconds > 0'),
  };
}

export const command: Command = {
  name: 'testbed',
  summary: 'start the local Moodle testbed (loopback only)',
  usage: '[--profile NAME] [--port N] [--users N] [--moto | --cloudwatch-endpoint URL] [--for DURATION]',
  description: [
    'Serves a Moodle site in miniature on 127.0.0.1 (login, dashboard, courses, quizzes, with the markers of a stock',
    'Moodle) inside a model of its AWS hosting: a load balancer, an Auto Scaling group of web instances (PHP workers,',
    'shared cores, bounded queues; 502/503 from the load balancer when they overflow), a database, a session store and',
    'a file system, with the capacity and bottleneck the environment profile was built to have. Publishes CloudWatch',
    'metrics as AWS names them and writes environment.json (for `analyze --cloudwatch`) and ground-truth.json',
    '(capacities, bottleneck, scaling events). Stops on Ctrl-C or after --for.',
    '',
    `Profiles: ${environmentProfileNames().join(', ')} (testbed/profiles/), or a path to your own .json.`,
    'Without --profile: one instance whose --workers slots each have a core of their own (no database or cache).',
  ].join('\n'),
  options: {
    profile: { type: 'string', valueName: 'NAME', description: 'environment profile: a name from testbed/profiles/ or a .json path' },
    port: { type: 'string', valueName: 'N', default: '0', description: 'port on 127.0.0.1 (0 = any free port)' },
    users: { type: 'string', valueName: 'N', default: '50', description: 'student accounts to create' },
    workers: { type: 'string', valueName: 'N', description: "PHP workers per instance (default: the profile's, or 8)" },
    'queue-limit': { type: 'string', valueName: 'N', description: "requests queued beyond the workers before 502 (default: the profile's, or 64)" },
    instances: { type: 'string', valueName: 'N', description: "instances at the start (default: the profile's desired capacity)" },
    'min-instances': { type: 'string', valueName: 'N', description: "Auto Scaling group minimum (default: the profile's)" },
    'max-instances': { type: 'string', valueName: 'N', description: "Auto Scaling group maximum (default: the profile's)" },
    'time-scale': { type: 'string', valueName: 'X', description: 'real seconds per AWS second for boot, alarms, cooldowns (0.01 = 100x faster)' },
    'lock-timeout': { type: 'string', valueName: 'SECONDS', description: "session lock wait before Moodle fails the request (default: the profile's, 120)" },
    'service-time-scale': { type: 'string', valueName: 'X', default: '1', description: 'multiply the calibrated service times' },
    moto: { type: 'boolean', description: "start moto's server on 127.0.0.1 and publish metrics there" },
    'cloudwatch-endpoint': { type: 'string', valueName: 'URL', description: 'publish metrics to this CloudWatch-compatible endpoint' },
    region: { type: 'string', valueName: 'REGION', default: 'eu-west-2', description: 'AWS region for the metrics' },
    period: { type: 'string', valueName: 'SECONDS', default: '10', description: 'publish period (< 60: high-resolution metrics)' },
    'data-dir': { type: 'string', valueName: 'DIR', description: 'where users.csv, environment.json and ground-truth.json go (default: a new temp dir)' },
    for: { type: 'string', valueName: 'DURATION', description: 'stop by itself after this long, e.g. 10m' },
    fault: { type: 'string', valueName: 'NAME', description: `a broken mode for testing checks: ${Object.keys(TESTBED_FAULTS).join(', ')}` },
    'quiz-autosave': { type: 'string', valueName: 'SECONDS', description: "the quiz autosave period pages announce (Moodle's default 60; 0 = off)" },
  },
  async run(ctx) {
    const forRaw = stringFlag(ctx, 'for');
    const forSeconds = forRaw === undefined ? null : parseDuration(forRaw);
    if (forRaw !== undefined && forSeconds === null) throw new CLIError('USAGE', `--for; expected a duration such as 10m, got ${JSON.stringify(forRaw)}`);
    const region = stringFlag(ctx, 'region') ?? 'eu-west-2';
    const profile = stringFlag(ctx, 'profile');
    const changes = overrides(ctx);
    const fault = stringFlag(ctx, 'fault');
    if (fault !== undefined && !isTestbedFault(fault)) throw new CLIError('USAGE', `--fault; expected one of ${Object.keys(TESTBED_FAULTS).join(', ')}, got ${JSON.stringify(fault)}`);
    const autosave = numberFlag(ctx, 'quiz-autosave', int, 'whole seconds >= 0');
    const dataDir = stringFlag(ctx, 'data-dir') ?? mkdtempSync(join(tmpdir(), 'moodle-capacity-testbed-'));
    if (profile === undefined && Object.keys(changes).some((k) => k !== 'workers' && k !== 'queueLimit')) {
      throw new CLIError('USAGE', '--instances, --min-instances, --max-instances, --time-scale and --lock-timeout need --profile; expected --profile NAME with them');
    }
    let moto: MotoServer | null = null;
    let endpoint = stringFlag(ctx, 'cloudwatch-endpoint');
    if (booleanFlag(ctx, 'moto')) {
      moto = await startMoto(region);
      endpoint = moto.endpoint;
      console.error(`moto's server (CloudWatch) on ${moto.endpoint}`);
    }
    const testbed = await startTestbed(
      testbedOptions({
        port: numberFlag(ctx, 'port', int, 'an integer 0-65535') ?? 0,
        users: numberFlag(ctx, 'users', int, 'a whole number') ?? 50,
        // Without a profile the flags are the single instance's; with one they are overrides.
        workers: changes.workers ?? 8,
        queueLimit: changes.queueLimit ?? 64,
        serviceTimeScale: numberFlag(ctx, 'service-time-scale', (n) => n >= 0, 'a number >= 0') ?? 1,
        publishPeriodSeconds: numberFlag(ctx, 'period', (n) => Number.isInteger(n) && n >= 1, 'whole seconds >= 1') ?? 10,
        cloudwatch: endpoint === undefined ? null : { region, endpoint },
        dataDir,
        ...(profile === undefined ? {} : { profile, overrides: changes }),
        ...(fault === undefined ? {} : { fault }),
        ...(autosave === undefined ? {} : { quizAutosaveSeconds: autosave }),
      }),
    );
    const truth = testbed.groundTruth();
    console.log(`testbed: ${testbed.url}`);
    console.log(`profile: ${testbed.profile.name}: ${truth.instance.capacityRps} req/s per instance, bottleneck ${truth.bottleneck.resource} at ${truth.bottleneck.capacityRps} req/s`);
    console.log(`users:   ${testbed.usersCsvPath}`);
    // For `discover --token-file`: the testbed's own web-service token, owner-only.
    const tokenPath = join(dataDir, 'webservice-token');
    writeFileSync(tokenPath, `${testbed.webServiceToken}\n`, { mode: 0o600 });
    console.log(`web service token: ${tokenPath}`);
    if (testbed.tenantsPath !== null) console.log(`tenants: ${testbed.tenantsPath}`);
    console.log(`environment: ${testbed.environmentPath}${endpoint === undefined ? ' (metrics not published: no --moto or --cloudwatch-endpoint)' : ''}`);
    console.log(`ground truth: ${testbed.groundTruthPath}`);
    console.error(forSeconds === null ? 'Ctrl-C stops it.' : `stops by itself in ${forRaw}; Ctrl-C stops it sooner.`);
    await new Promise<void>((resolve) => {
      const timer = forSeconds === null ? null : setTimeout(resolve, forSeconds * 1000);
      const stop = (): void => {
        if (timer !== null) clearTimeout(timer);
        resolve();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    console.error('stopping: publishing the last metrics');
    await testbed.stop();
    await moto?.stop();
  },
};
