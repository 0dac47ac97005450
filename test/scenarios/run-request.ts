// A RunRequest for the ci profile against a testbed, quiet, results in the testbed's temp folder.
import { dirname, join } from 'node:path';
import type { RunRequest } from '../../runner/execute-run.ts';

export function ciRun(target: string | null, usersFile: string | null, over: Partial<RunRequest> = {}): RunRequest {
  return {
    target,
    confirmTarget: undefined,
    scenario: 'smoke',
    profile: 'ci',
    scale: { rateScale: 1, durationSeconds: null },
    usersFile,
    resultsDir: join(dirname(usersFile ?? over.tenantsFile ?? '.'), 'results'),
    environmentFile: null,
    log: () => {},
    ...over,
  };
}
