// Integration fixtures: the real moto server and the testbed on 127.0.0.1, torn down after the file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMoto, type MotoServer } from '../aws/moto.ts';
import { startTestbed } from '../testbed/index.ts';
import { testbedOptions } from '../testbed/options.ts';
import type { Testbed, TestbedOptions } from '../testbed/types.ts';

export interface Live {
  readonly moto: MotoServer;
  readonly testbed: Testbed;
  readonly workDir: string;
  stop(): Promise<void>;
}

export async function startLive(overrides: Partial<TestbedOptions> = {}): Promise<Live> {
  const moto = await startMoto();
  const workDir = mkdtempSync(join(tmpdir(), 'mc-live-'));
  const testbed = await startTestbed(
    testbedOptions({ cloudwatch: { region: moto.region, endpoint: moto.endpoint }, publishPeriodSeconds: 2, dataDir: join(workDir, 'testbed'), ...overrides }),
  );
  return {
    moto,
    testbed,
    workDir,
    async stop() {
      await testbed.stop();
      await moto.stop();
    },
  };
}
