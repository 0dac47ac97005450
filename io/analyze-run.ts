// The analyze step's edges: read run.json, stream the k6 output (one file per load generator), pull
// CloudWatch (API or offline files), read the testbed's ground truth, write analysis.json.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { buildAnalysis } from '../analysis/build-analysis.ts';
import { parseGroundTruth, type GroundTruthFacts } from '../analysis/capacity/ground-truth.ts';
import { defaultPeriodSeconds, gridPeriodSeconds } from '../analysis/grid.ts';
import { K6Ingest } from '../analysis/ingest.ts';
import type { Analysis, RunFacts } from '../analysis/types.ts';
import { loadEnvironment } from '../aws/environment.ts';
import type { EnvironmentDescription } from '../aws/types.ts';
import { CLIError } from '../cli/errors.ts';
import { readRunRecord } from '../runner/run-dir.ts';
import type { RunRecord } from '../runner/types.ts';
import { cloudWatchFromApi, cloudWatchFromFiles, cloudWatchQueryFile, type ApiOptions, type CloudWatchInput } from './cloudwatch-input.ts';
import { feedK6File, formatFromName } from './k6-output.ts';

export interface AnalyzeRequest {
  readonly runDir: string;
  /** k6 output files (one per load generator); empty = the run directory's k6-output* files. */
  readonly inputs?: readonly string[];
  /** Environment description; null = use the one recorded in run.json, if any. */
  readonly environmentFile: string | null;
  readonly noCloudWatch: boolean;
  /** Offline CloudWatch: files `aws cloudwatch get-metric-data` printed. */
  readonly cloudWatchFiles?: readonly string[];
  readonly sloP95Ms?: number | null;
  /** Testbed ground truth; null = ground-truth.json next to the environment description, if any. */
  readonly groundTruthFile?: string | null;
  readonly api?: Partial<ApiOptions>;
  readonly log: (line: string) => void;
}

const K6_OUTPUT = /^k6-output.*\.(json|jsonl|csv)(\.gz)?$/;

/** The k6 output files of a run directory: k6-output.json.gz, or the plain file a killed run left, or one per load generator. */
export function k6OutputFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => K6_OUTPUT.test(f))
    .sort()
    .map((f) => join(dir, f));
}

function runFacts(dir: string, r: RunRecord): RunFacts {
  return { dir, scenario: r.scenario, profile: r.profile, target: r.target, k6Version: r.k6.version, startedAt: r.startedAt, endedAt: r.endedAt, status: r.status, abortReason: r.abortReason };
}

function unknownRun(dir: string, firstMs: number | null, lastMs: number | null): RunFacts {
  return {
    dir,
    scenario: 'unknown',
    profile: 'unknown',
    target: 'unknown',
    k6Version: 'unknown',
    startedAt: new Date(firstMs ?? 0).toISOString(),
    endedAt: lastMs === null ? null : new Date(lastMs).toISOString(),
    status: 'unknown',
    abortReason: null,
  };
}

function readGroundTruth(file: string): GroundTruthFacts {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CLIError('CONFIG', `cannot read the ground truth ${file}: ${(error as Error).message}`);
  }
  const parsed = parseGroundTruth(file, json);
  if (typeof parsed === 'string') throw new CLIError('CONFIG', parsed);
  return parsed;
}

export async function analyzeRun(req: AnalyzeRequest): Promise<Analysis> {
  const hasRecord = existsSync(join(req.runDir, 'run.json'));
  const explicitInputs = req.inputs ?? [];
  if (!hasRecord && explicitInputs.length === 0) {
    throw new CLIError('NOT_FOUND', `${req.runDir} is not a run directory; expected a run.json in it (made by moodle-capacity run), or k6 output files given with --input`);
  }
  const record = hasRecord ? readRunRecord(req.runDir) : null;
  const notes: string[] = [];
  if (record === null) notes.push('No run.json: the run facts are unknown and the window is that of the samples.');
  else if (record.status === 'running') notes.push('run.json still says "running": the runner itself was stopped before k6 finished.');
  else if (record.status !== 'completed') notes.push(`The run did not complete: ${record.status}${record.abortReason === null ? '' : ` (${record.abortReason})`}.`);

  const ingest = new K6Ingest();
  const files = explicitInputs.length > 0 ? [...explicitInputs] : k6OutputFiles(req.runDir);
  if (files.length === 0) notes.push('No k6 output was found in the run directory.');
  if (files.length > 1) notes.push(`${files.length} k6 output files were merged as ${files.length} load generators (counts add, histograms merge, VUs add up).`);
  for (const file of files) {
    if (!existsSync(file)) throw new CLIError('NOT_FOUND', `--input ${file}: no such file`);
    req.log(`reading ${file}`);
    const started = performance.now();
    const f = ingest.beginFile(file, formatFromName(file));
    const cut = await feedK6File(file, f);
    const report = ingest.endFile(f, cut);
    const seconds = (performance.now() - started) / 1000;
    req.log(`  ${report.samples} samples from ${report.lines} lines (${report.badLines} bad), ${(report.bytes / 1e6 / Math.max(seconds, 1e-6)).toFixed(0)} MB/s`);
  }

  const agg = ingest.aggregate;
  const startMs = record === null ? (agg.firstSampleMs ?? 0) : Date.parse(record.startedAt);
  const endedAt = record?.endedAt ?? null;
  const endMs = endedAt !== null ? Date.parse(endedAt) : (agg.lastSampleMs ?? startMs);
  const window = { startMs: Math.min(startMs, agg.firstSampleMs ?? startMs), endMs: Math.max(endMs, agg.lastSampleMs ?? endMs) };

  const envFile = req.environmentFile ?? record?.environmentFile ?? null;
  const env: EnvironmentDescription | null = envFile === null ? null : loadEnvironment(envFile);
  let cloudwatch: CloudWatchInput | null = null;
  const offline = req.cloudWatchFiles ?? [];
  if (offline.length > 0) {
    cloudwatch = cloudWatchFromFiles(offline, env, window);
  } else if (req.noCloudWatch || env === null) {
    notes.push('CloudWatch was not queried (no environment description given).');
  } else {
    try {
      cloudwatch = await cloudWatchFromApi(env, window, { nowMs: req.api?.nowMs ?? Date.now(), ...req.api }, req.log);
    } catch (error) {
      if (error instanceof CLIError) throw error;
      throw new CLIError('CLOUDWATCH', `GetMetricData failed for ${env.endpoint ?? env.region}: ${(error as Error).message}. Check the environment file ${envFile ?? ''} and your AWS credentials, or pass --no-cloudwatch (or give offline data with --cloudwatch-json)`);
    }
  }
  if (cloudwatch !== null) {
    const gaps = cloudwatch.series.filter((s) => s.missingPeriods > 0).map((s) => `${s.id} (${s.missingPeriods})`);
    if (gaps.length > 0) notes.push(`CloudWatch had no datapoint for some periods: ${gaps.join(', ')}. Gaps are shown as gaps.`);
    const failed = cloudwatch.series.filter((s) => s.status !== 'Complete').map((s) => `${s.id}: ${s.status} ${s.messages.join('; ')}`);
    if (failed.length > 0) notes.push(`CloudWatch reported problems: ${failed.join(' | ')}.`);
  }
  const wanted = cloudwatch?.periodSeconds ?? defaultPeriodSeconds((window.endMs - window.startMs) / 1000);
  const periodSeconds = gridPeriodSeconds(wanted, agg.timeline.resolutionSeconds);
  if (periodSeconds !== wanted) notes.push(`The grid period is ${periodSeconds} s: the k6 output was bucketed at ${agg.timeline.resolutionSeconds} s to bound memory.`);

  const given = req.groundTruthFile ?? null;
  const beside = envFile === null ? null : join(dirname(envFile), 'ground-truth.json');
  const gtFile = given ?? (beside !== null && existsSync(beside) ? beside : null);
  const groundTruth = gtFile === null ? null : readGroundTruth(gtFile);
  if (groundTruth !== null && given === null) notes.push(`Compared with the testbed's ground truth ${basename(gtFile ?? '')} found next to the environment description.`);

  return buildAnalysis({
    run: record === null ? unknownRun(req.runDir, agg.firstSampleMs, agg.lastSampleMs) : runFacts(req.runDir, record),
    runOptions: record?.options ?? null,
    ingest,
    cloudwatch,
    periodSeconds,
    window,
    notes,
    generatedAt: new Date().toISOString(),
    sloP95Ms: req.sloP95Ms ?? null,
    environment: { instances: env?.instances ?? null, sessions: env?.sessions ?? null },
    groundTruth,
  });
}

/** The --cli-input-json for `aws cloudwatch get-metric-data` covering a run's window. */
export function queriesForRun(runDir: string, environmentFile: string | null, nowMs: number): object {
  if (!existsSync(join(runDir, 'run.json'))) throw new CLIError('NOT_FOUND', `${runDir} is not a run directory; expected a run.json in it`);
  const record = readRunRecord(runDir);
  const envFile = environmentFile ?? record.environmentFile;
  if (envFile === null) throw new CLIError('USAGE', '--print-queries needs an environment description: pass --cloudwatch ENV.json');
  const startMs = Date.parse(record.startedAt);
  const endMs = record.endedAt === null ? nowMs : Date.parse(record.endedAt);
  return cloudWatchQueryFile(loadEnvironment(envFile), { startMs, endMs }, nowMs);
}

export function writeAnalysis(dir: string, analysis: Analysis): string {
  const path = join(dir, 'analysis.json');
  writeFileSync(path, `${JSON.stringify(analysis, null, 2)}\n`);
  return path;
}

export function readAnalysis(dir: string): Analysis {
  const path = dir.endsWith('.json') ? dir : join(dir, 'analysis.json');
  if (!existsSync(path)) throw new CLIError('NOT_FOUND', `${path} not found; run moodle-capacity analyze ${dir} first`);
  const analysis = JSON.parse(readFileSync(path, 'utf8')) as { schema?: unknown };
  if (analysis.schema !== 'moodle-capacity/analysis@3') {
    throw new CLIError('CONFIG', `${path}: schema; expected moodle-capacity/analysis@3, got ${JSON.stringify(analysis.schema)} (re-run moodle-capacity analyze on the run)`);
  }
  return analysis as Analysis;
}
