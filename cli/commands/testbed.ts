import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { booleanFlag, numberFlag, stringFlag } from '../args.ts';
import { startMoto, type MotoServer } from '../../aws/moto.ts';
import { parseDuration } from '../../runner/duration.ts';
import { startTestbed } from '../../testbed/index.ts';
import { testbedOptions } from '../../testbed/options.ts';
import { CLIError } from '../errors.ts';
import type { Command } from '../types.ts';

const int = (n: number): boolean => Number.isInteger(n) && n >= 0;

export const command: Command = {
  name: 'testbed',
  summary: 'start the local Moodle testbed (loopback only)',
  usage: '[--port N] [--users N] [--workers N] [--moto | --cloudwatch-endpoint URL] [--for DURATION]',
  description: [
    'Serves a Moodle web tier in miniature on 127.0.0.1 (login flow, dashboard, AJAX with the markers of a stock',
    'Moodle) with a capacity model (worker slots, bounded queue, 503 from the load balancer when it overflows),',
    'and publishes ALB/EC2-shaped metrics to CloudWatch. Prints its URL, the users CSV and the environment',
    'description to pass to `run --users` and `analyze --cloudwatch`. Stops on Ctrl-C or after --for.',
  ].join('\n'),
  options: {
    port: { type: 'string', valueName: 'N', default: '0', description: 'port on 127.0.0.1 (0 = any free port)' },
    users: { type: 'string', valueName: 'N', default: '50', description: 'student accounts to create' },
    workers: { type: 'string', valueName: 'N', default: '8', description: 'PHP worker slots (requests served at once)' },
    'queue-limit': { type: 'string', valueName: 'N', default: '64', description: 'requests queued beyond the workers before 503' },
    'service-time-scale': { type: 'string', valueName: 'X', default: '1', description: 'multiply the calibrated service times' },
    moto: { type: 'boolean', description: "start moto's server on 127.0.0.1 and publish metrics there" },
    'cloudwatch-endpoint': { type: 'string', valueName: 'URL', description: 'publish metrics to this CloudWatch-compatible endpoint' },
    region: { type: 'string', valueName: 'REGION', default: 'eu-west-2', description: 'AWS region for the metrics' },
    period: { type: 'string', valueName: 'SECONDS', default: '10', description: 'publish period (< 60: high-resolution metrics)' },
    'data-dir': { type: 'string', valueName: 'DIR', description: 'where users.csv and environment.json go (default: a new temp dir)' },
    for: { type: 'string', valueName: 'DURATION', description: 'stop by itself after this long, e.g. 10m' },
  },
  async run(ctx) {
    const forRaw = stringFlag(ctx, 'for');
    const forSeconds = forRaw === undefined ? null : parseDuration(forRaw);
    if (forRaw !== undefined && forSeconds === null) throw new CLIError('USAGE', `--for; expected a duration such as 10m, got ${JSON.stringify(forRaw)}`);
    const region = stringFlag(ctx, 'region') ?? 'eu-west-2';
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
        workers: numberFlag(ctx, 'workers', int, 'a whole number') ?? 8,
        queueLimit: numberFlag(ctx, 'queue-limit', int, 'a whole number') ?? 64,
        serviceTimeScale: numberFlag(ctx, 'service-time-scale', (n) => n >= 0, 'a number >= 0') ?? 1,
        publishPeriodSeconds: numberFlag(ctx, 'period', (n) => Number.isInteger(n) && n >= 1, 'whole seconds >= 1') ?? 10,
        cloudwatch: endpoint === undefined ? null : { region, endpoint },
        dataDir: stringFlag(ctx, 'data-dir') ?? mkdtempSync(join(tmpdir(), 'moodle-capacity-testbed-')),
      }),
    );
    console.log(`testbed: ${testbed.url}`);
    console.log(`users:   ${testbed.usersCsvPath}`);
    console.log(`environment: ${testbed.environmentPath}${endpoint === undefined ? ' (metrics not published: no --moto or --cloudwatch-endpoint)' : ''}`);
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
