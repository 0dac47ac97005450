// startTestbed: wires the pieces together. users.csv, environment.json and ground-truth.json are
// written first, then the server binds 127.0.0.1, the scaling policy's alarms are created and the
// publisher starts its periods.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CLIError } from '../cli/errors.ts';
import { MoodleApp } from './app/application.ts';
import { SessionStore } from './app/sessions.ts';
import { createSite } from './app/site.ts';
import { createUsers, UserDirectory, usersCsv } from './app/users.ts';
import { distributionFrom } from './capacity/distribution-spec.ts';
import { FrontDoor } from './front-door.ts';
import { allowedHosts, listenOnLoopback } from './http/loopback.ts';
import { Router } from './http/router.ts';
import { LOOPBACK_HOST, validateTestbedOptions } from './options.ts';
import { ROUTES } from './pages/routes.ts';
import { resolveProfile } from './profiles/resolve.ts';
import { Runtime } from './runtime.ts';
import { tenantsFile, tenantWwwroot } from './tenants.ts';
import type { Testbed, TestbedOptions } from './types.ts';
import { stderrWarn } from './warn-once.ts';

export type { Testbed, TestbedOptions, ServiceTimeDistribution, EnvironmentProfile, ProfileOverrides, GroundTruth } from './types.ts';
export { TESTBED_DEFAULTS, testbedOptions, validateTestbedOptions } from './options.ts';
export { exponentialServiceTime, fixedServiceTime, lognormalServiceTime } from './capacity/distributions.ts';
export { environmentProfileNames, loadEnvironmentProfile } from './profiles/load.ts';

/** Sessions kept per site; split between tenants so 130 tenants cost no more memory than one. */
const MAX_SESSIONS = 100_000;

export async function startTestbed(options: TestbedOptions): Promise<Testbed> {
  validateTestbedOptions(options);
  const profile = resolveProfile(options);
  const warn = stderrWarn;
  const dataDir = resolve(options.dataDir);
  const users = createUsers(options.users);
  const usersCsvPath = join(dataDir, 'users.csv');
  const tenantsPath = profile.tenants.count > 1 ? join(dataDir, 'tenants.json') : null;
  try {
    await mkdir(dataDir, { recursive: true });
    // The passwords are live credentials of this testbed: owner-only.
    await writeFile(usersCsvPath, usersCsv(users), { mode: 0o600 });
    await chmod(usersCsvPath, 0o600); // `mode` above only applies when the file is new
  } catch (error) {
    throw new CLIError('TESTBED', `testbed: cannot write users.csv in ${dataDir}: ${error instanceof Error ? error.message : String(error)}`);
  }

  const runtime = new Runtime({
    profile,
    webOnly: options.profile === undefined,
    serviceTimeScale: options.serviceTimeScale,
    distribution: options.serviceTimeDistribution ?? distributionFrom(profile.costs.distribution),
    cloudwatch: options.cloudwatch,
    publishPeriodSeconds: options.publishPeriodSeconds,
    environmentPath: join(dataDir, 'environment.json'),
    groundTruthPath: join(dataDir, 'ground-truth.json'),
    warn,
    ...(options.onPutMetricData === undefined ? {} : { onPutMetricData: options.onPutMetricData }),
    ...(options.putMetricDataLimits === undefined ? {} : { putMetricDataLimits: options.putMetricDataLimits }),
  });
  const { server, port } = await listenOnLoopback(options.port);
  const url = `http://${LOOPBACK_HOST}:${port}`;
  const directory = new UserDirectory(users);
  // One site per tenant (its own sessions and attempts, as its own database would hold), one code base.
  const apps = Array.from(
    { length: profile.tenants.count },
    (_, i) =>
      new MoodleApp(
        createSite({
          wwwroot: tenantWwwroot(url, i + 1),
          users: directory,
          sessions: new SessionStore(Math.max(1000, Math.floor(MAX_SESSIONS / profile.tenants.count))),
          quizAutosaveSeconds: options.quizAutosaveSeconds ?? 60,
          fault: options.fault ?? null,
        }),
        new Router(ROUTES),
        warn,
      ),
  );
  const frontDoor = new FrontDoor(server, { model: runtime.model, apps, url, allowedHosts: allowedHosts(port), warn });
  try {
    if (tenantsPath !== null) await writeFile(tenantsPath, `${JSON.stringify(tenantsFile(url, profile.tenants.count), null, 2)}\n`);
    await runtime.start();
  } catch (error) {
    await frontDoor.stop();
    await runtime.stop();
    throw error;
  }

  let stopping: Promise<void> | null = null;
  return {
    url,
    webServiceToken: apps[0]?.site.webServiceToken ?? '',
    usersCsvPath,
    environmentPath: join(dataDir, 'environment.json'),
    get environment() {
      return runtime.environment();
    },
    groundTruthPath: join(dataDir, 'ground-truth.json'),
    tenantsPath,
    profile,
    groundTruth: () => runtime.groundTruth(),
    snapshot: () => runtime.model.snapshot(),
    stop: () => {
      stopping ??= (async () => {
        await frontDoor.stop(); // every request counted before the last period closes
        await runtime.stop();
      })();
      return stopping;
    },
  };
}
