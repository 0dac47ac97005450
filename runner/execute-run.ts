// One load test: bundle, run the real k6, and leave a self-describing run directory whatever happens
// (completed, thresholds crossed, Ctrl-C, k6 killed). k6 writes plain JSON lines while it runs, so a
// killed k6 loses nothing already written; the file is gzipped when k6 has gone.
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { bundleScenarios } from '../bundler/bundle.ts';
import { CLIError } from '../cli/errors.ts';
import { ensureK6 } from './k6-binary.ts';
import { buildK6Options, type Scale } from './k6-options.ts';
import { loadProfile } from './profiles.ts';
import { redact } from './redact.ts';
import { createRunDir, RUN_FILES, writeRunRecord } from './run-dir.ts';
import { runStatus } from './exit-status.ts';
import { checkSiteFile, confirmedHost, loadTenants, readPasswords } from './run-inputs.ts';
import { scenarioEnv } from './scenario-env.ts';
import { checkTarget } from './target.ts';
import type { RunRecord } from './types.ts';
import type { Tenant } from '../scenarios/lib/tenants.ts';
import { TOOL_VERSION } from '../io/tool-version.ts';

export interface RunRequest {
  /** Moodle's wwwroot; null when `tenantsFile` lists the sites. */
  readonly target: string | null;
  /** Hosts (comma-separated) that may receive load although they are not loopback. */
  readonly confirmTarget: string | undefined;
  readonly scenario: string;
  readonly profile: string;
  readonly scale: Scale;
  /** The users CSV; null only when every tenant names its own. */
  readonly usersFile: string | null;
  /** Pins courses, activities and quizzes (moodle-capacity/site@1); absent = discover as a learner. */
  readonly siteFile?: string | null;
  /** Many sites in one run: {"tenants": [{name, target, weight, users?, site?}]}. */
  readonly tenantsFile?: string | null;
  readonly resultsDir: string;
  readonly environmentFile: string | null;
  /** Progress and k6's own output (redacted) go here. */
  readonly log: (line: string) => void;
  /** Called with k6's pid once it runs (tests use it to kill k6 mid-run). */
  readonly onK6Start?: (pid: number) => void;
}

const TENANTS_FILE = 'tenants.json';

export interface RunOutcome {
  readonly dir: string;
  readonly record: RunRecord;
}

/** The run's sites: one target, or the tenants (checked, with absolute paths). */
function sites(req: RunRequest, usersFile: string | null): { target: string; tenants: Tenant[] | null; secrets: string[] } {
  if (req.tenantsFile !== undefined && req.tenantsFile !== null) {
    if (req.target !== null) throw new CLIError('USAGE', '--target and --tenants exclude each other: the tenants file names every site');
    const { tenants, secrets } = loadTenants(req.tenantsFile, usersFile, req.confirmTarget);
    const first = tenants[0]?.target ?? '';
    return { target: tenants.length === 1 ? first : `${tenants.length} tenants (${first}, …)`, tenants, secrets };
  }
  if (req.target === null) throw new CLIError('USAGE', 'run needs --target URL (or --tenants FILE)');
  const target = checkTarget(req.target, confirmedHost(req.target, req.confirmTarget) ?? req.confirmTarget);
  if (!target.ok) throw new CLIError('TARGET_NOT_CONFIRMED', target.reason);
  return { target: target.url.origin + target.url.pathname.replace(/\/+$/, ''), tenants: null, secrets: [] };
}

export async function executeRun(req: RunRequest): Promise<RunOutcome> {
  const usersFile = req.usersFile === null ? null : resolve(req.usersFile);
  if (usersFile === null && (req.tenantsFile ?? null) === null) throw new CLIError('USAGE', 'run needs --users FILE');
  const { target, tenants, secrets: tenantSecrets } = sites(req, usersFile);
  const site = req.siteFile === undefined || req.siteFile === null ? null : checkSiteFile('--site', req.siteFile);
  const siteFile = site?.path ?? null;
  const profile = loadProfile(req.profile);
  let options: Record<string, unknown>;
  try {
    options = buildK6Options(profile, req.scenario, req.scale);
  } catch (error) {
    throw new CLIError('CONFIG', (error as Error).message);
  }
  // Everything a log line could leak: user passwords of every site, quiz passwords of the site files.
  const secrets = [...(usersFile === null ? [] : readPasswords('--users', usersFile)), ...tenantSecrets, ...(site?.secrets ?? [])];
  const k6 = await ensureK6(req.log);
  const { bundles } = await bundleScenarios();
  const script = bundles[req.scenario];
  if (script === undefined) {
    throw new CLIError('NOT_FOUND', `scenario ${JSON.stringify(req.scenario)} not found; expected one of ${Object.keys(bundles).join(', ')}`);
  }

  const startedAt = new Date();
  const dir = createRunDir(resolve(req.resultsDir), req.scenario, startedAt);
  const plainOutput = join(dir, 'k6-output.json');
  writeFileSync(join(dir, RUN_FILES.options), `${JSON.stringify(options, null, 2)}\n`);
  const base: RunRecord = {
    schema: 'moodle-capacity/run@1',
    tool: { name: 'moodle-capacity', version: TOOL_VERSION },
    target,
    scenario: req.scenario,
    profile: profile.name,
    scale: { rateScale: req.scale.rateScale, durationSeconds: req.scale.durationSeconds },
    options,
    k6: { version: k6.version, path: k6.path },
    usersFile,
    siteFile,
    ...(tenants === null ? {} : { tenants: tenants.map((t) => ({ name: t.name, target: t.target, weight: t.weight })) }),
    environmentFile: req.environmentFile === null ? null : resolve(req.environmentFile),
    startedAt: startedAt.toISOString(),
    endedAt: null,
    status: 'running',
    exitCode: null,
    signal: null,
    abortReason: null,
    files: { ...RUN_FILES },
  };
  writeRunRecord(dir, base);
  req.log(`run directory: ${dir}`);
  req.log(`k6 v${k6.version}: ${req.scenario} (profile ${profile.name}) against ${base.target}`);

  // The scenarios read the tenants from a normalised copy (absolute paths; no secrets in it).
  const tenantsFile = tenants === null ? null : join(dir, TENANTS_FILE);
  if (tenantsFile !== null) writeFileSync(tenantsFile, `${JSON.stringify({ tenants }, null, 2)}\n`);
  const env = scenarioEnv(profile, req.scenario, req.scale, { target: tenants === null ? target : '', usersFile, siteFile, tenantsFile });
  const args = [
    'run',
    '--config', join(dir, RUN_FILES.options),
    '--out', `json=${plainOutput}`,
    '--summary-export', join(dir, RUN_FILES.summary),
    '--no-color',
    '--no-usage-report',
    ...Object.entries(env).flatMap(([name, value]) => ['-e', `${name}=${value}`]),
    script,
  ];
  const exit = await runK6(k6.path, args, join(dir, RUN_FILES.log), secrets, req);

  const { status, abortReason } = runStatus(exit);
  if (existsSync(plainOutput)) {
    await pipeline(createReadStream(plainOutput), createGzip(), createWriteStream(join(dir, RUN_FILES.k6Output)));
    rmSync(plainOutput);
  }
  const record: RunRecord = { ...base, endedAt: new Date().toISOString(), status, exitCode: exit.code, signal: exit.signal, abortReason };
  writeRunRecord(dir, record);
  req.log(`k6 ${status}${abortReason === null ? '' : ` (${abortReason})`}; run directory: ${dir}`);
  return { dir, record };
}

interface K6ExitInfo {
  code: number | null;
  signal: string | null;
  interrupted: boolean;
  logTail: string[];
}

function runK6(k6Path: string, args: string[], logPath: string, secrets: readonly string[], req: RunRequest): Promise<K6ExitInfo> {
  return new Promise((resolvePromise, reject) => {
    const log = createWriteStream(logPath);
    // Own process group: a terminal's Ctrl-C reaches only us, and we forward exactly one SIGINT (a second
    // one would make k6 stop without its summary).
    const child = spawn(k6Path, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, K6_NO_USAGE_REPORT: 'true' } });
    const tail: string[] = [];
    let interrupted = false;
    const onLine = (line: string): void => {
      const clean = redact(line, secrets);
      log.write(`${clean}\n`);
      req.log(clean);
      tail.push(clean);
      if (tail.length > 50) tail.shift();
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    // Ctrl-C: let k6 stop gracefully (it writes its summary), then record the run as interrupted.
    const onSigint = (): void => {
      interrupted = true;
      child.kill('SIGINT');
    };
    const onSigterm = (): void => {
      interrupted = true;
      child.kill('SIGINT');
    };
    process.on('SIGINT', onSigint);
    process.on('SIGTERM', onSigterm);
    if (child.pid !== undefined) req.onK6Start?.(child.pid);
    child.on('error', (error) => reject(new CLIError('K6_FAILED', `could not start k6 at ${k6Path}: ${error.message}`)));
    child.on('close', (code, signal) => {
      process.off('SIGINT', onSigint);
      process.off('SIGTERM', onSigterm);
      log.end(() => resolvePromise({ code, signal, interrupted, logTail: tail }));
    });
  });
}
