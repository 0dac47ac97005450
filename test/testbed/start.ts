// Starts a testbed in a temporary folder for one test file, with instant fixed service times
// unless the test asks otherwise, and removes the folder afterwards.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedServiceTime, startTestbed, testbedOptions, type Testbed, type TestbedOptions } from '../../testbed/index.ts';
import { readUsersCsv } from './moodle-client.ts';

export interface StartedTestbed {
  readonly testbed: Testbed;
  readonly users: { username: string; password: string }[];
  close(): Promise<void>;
}

export async function startTestTestbed(overrides: Partial<TestbedOptions> = {}): Promise<StartedTestbed> {
  const dataDir = await mkdtemp(join(tmpdir(), 'testbed-test-'));
  const testbed = await startTestbed(testbedOptions({ users: 5, serviceTimeScale: 0, serviceTimeDistribution: fixedServiceTime(), publishPeriodSeconds: 60, ...overrides, dataDir }));
  const users = readUsersCsv(await readFile(testbed.usersCsvPath, 'utf8'));
  return {
    testbed,
    users,
    close: async () => {
      await testbed.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
