// startTestbed: wires the pieces together. Users and environment.json are written first (they do
// not depend on the port), then the server binds 127.0.0.1 and the publisher starts its periods.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { cloudWatchClient } from '../aws/cloudwatch-client.ts';
import { CLIError } from '../cli/errors.ts';
import { MoodleApp } from './app/application.ts';
import { TESTBED_COURSES } from './app/courses.ts';
import { SessionStore } from './app/sessions.ts';
import { createUsers, UserDirectory, usersCsv } from './app/users.ts';
import { lognormalServiceTime } from './capacity/distributions.ts';
import { PeriodStats } from './capacity/period-stats.ts';
import { WorkerPool } from './capacity/worker-pool.ts';
import { testbedEnvironment } from './environment.ts';
import { FrontDoor } from './front-door.ts';
import { allowedHosts, listenOnLoopback } from './http/loopback.ts';
import { Router } from './http/router.ts';
import { batchPutMetricData } from './metrics/batches.ts';
import { periodData } from './metrics/datums.ts';
import { MetricsPublisher } from './metrics/publisher.ts';
import { newResourceIds } from './metrics/resource-ids.ts';
import { LOOPBACK_HOST, validateTestbedOptions } from './options.ts';
import { ROUTES } from './pages/routes.ts';
import type { Testbed, TestbedOptions } from './types.ts';
import { stderrWarn } from './warn-once.ts';

export type { Testbed, TestbedOptions, ServiceTimeDistribution } from './types.ts';
export { TESTBED_DEFAULTS, testbedOptions, validateTestbedOptions } from './options.ts';
export { exponentialServiceTime, fixedServiceTime, lognormalServiceTime } from './capacity/distributions.ts';

export async function startTestbed(options: TestbedOptions): Promise<Testbed> {
  validateTestbedOptions(options);
  const warn = stderrWarn;
  const dataDir = resolve(options.dataDir);
  const users = createUsers(options.users);
  const ids = newResourceIds();
  const environment = testbedEnvironment(ids, options.cloudwatch, options.publishPeriodSeconds);
  const usersCsvPath = join(dataDir, 'users.csv');
  const environmentPath = join(dataDir, 'environment.json');
  try {
    await mkdir(dataDir, { recursive: true });
    // The passwords are live credentials of this testbed: owner-only.
    await writeFile(usersCsvPath, usersCsv(users), { mode: 0o600 });
    await chmod(usersCsvPath, 0o600); // `mode` above only applies when the file is new
    await writeFile(environmentPath, `${JSON.stringify(environment, null, 2)}\n`);
  } catch (error) {
    throw new CLIError('TESTBED', `testbed: cannot write users.csv/environment.json in ${dataDir}: ${error instanceof Error ? error.message : String(error)}`);
  }

  const { server, port } = await listenOnLoopback(options.port);
  const url = `http://${LOOPBACK_HOST}:${port}`;
  const app = new MoodleApp(
    { wwwroot: url, shortName: 'testbed', fullName: 'Moodle testbed', users: new UserDirectory(users), sessions: new SessionStore(), courses: TESTBED_COURSES },
    new Router(ROUTES),
    warn,
  );
  const pool = new WorkerPool(options.workers, options.queueLimit);
  const stats = new PeriodStats();
  const frontDoor = new FrontDoor(server, {
    app,
    pool,
    stats,
    distribution: options.serviceTimeDistribution ?? lognormalServiceTime(),
    serviceTimeScale: options.serviceTimeScale,
    wwwroot: url,
    allowedHosts: allowedHosts(port),
    warn,
  });

  const client = options.cloudwatch === null ? null : cloudWatchClient(options.cloudwatch);
  const publisher = new MetricsPublisher({
    periodSeconds: options.publishPeriodSeconds,
    collect: (startMs, endMs) =>
      batchPutMetricData(
        periodData({ ...stats.take(), busySlotMs: pool.takeBusySlotMs(), startMs, endMs, workers: options.workers, healthyHosts: 1 }, ids, options.publishPeriodSeconds),
      ),
    send: async (input) => {
      if (client !== null) await client.send(new PutMetricDataCommand(input));
    },
    warn,
  });

  let stopping: Promise<void> | null = null;
  return {
    url,
    usersCsvPath,
    environmentPath,
    environment,
    stop: () => {
      stopping ??= (async () => {
        await frontDoor.stop(); // every request counted before the last period closes
        await publisher.stop();
        client?.destroy();
      })();
      return stopping;
    },
  };
}
