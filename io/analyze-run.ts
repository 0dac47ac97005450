// The analyze step's edges: read run.json, stream the k6 output, pull CloudWatch, write analysis.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAnalysis } from '../analysis/build-analysis.ts';
import { defaultPeriodSeconds } from '../analysis/grid.ts';
import { K6Ingest } from '../analysis/ingest.ts';
import type { Analysis, RunFacts } from '../analysis/types.ts';
import { loadEnvironment } from '../aws/environment.ts';
import { fetchSeries } from '../aws/get-metric-data.ts';
import { CLIError } from '../cli/errors.ts';
import { readRunRecord, RUN_FILES } from '../runner/run-dir.ts';
import type { RunRecord } from '../runner/types.ts';
import { streamLines } from './k6-output.ts';

export interface AnalyzeRequest {
  readonly runDir: string;
  /** Environment description; null = use the one recorded in run.json, if any. */
  readonly environmentFile: string | null;
  readonly noCloudWatch: boolean;
  readonly log: (line: string) => void;
}

/** The k6 output files of a run: the gzipped one, or the plain one a killed run may have left. */
export function k6OutputFiles(dir: string): string[] {
  const gz = join(dir, RUN_FILES.k6Output);
  const plain = join(dir, 'k6-output.json');
  return [gz, plain].filter((f) => existsSync(f));
}

function runFacts(dir: string, r: RunRecord): RunFacts {
  return {
    dir,
    scenario: r.scenario,
    profile: r.profile,
    target: r.target,
    k6Version: r.k6.version,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    status: r.status,
    abortReason: r.abortReason,
  };
}

export async function analyzeRun(req: AnalyzeRequest): Promise<Analysis> {
  if (!existsSync(join(req.runDir, 'run.json'))) {
    throw new CLIError('NOT_FOUND', `${req.runDir} is not a run directory; expected a run.json in it (made by moodle-capacity run)`);
  }
  const record = readRunRecord(req.runDir);
  const notes: string[] = [];
  if (record.status === 'running') notes.push('run.json still says "running": the runner itself was stopped before k6 finished.');
  else if (record.status !== 'completed') notes.push(`The run did not complete: ${record.status}${record.abortReason === null ? '' : ` (${record.abortReason})`}.`);

  const ingest = new K6Ingest();
  const files = k6OutputFiles(req.runDir);
  if (files.length === 0) notes.push('No k6 output was found in the run directory.');
  let truncated = false;
  for (const file of files) {
    req.log(`reading ${file}`);
    const result = await streamLines(file, (line, n) => ingest.line(file, line, n));
    truncated ||= result.truncated;
  }
  req.log(`${ingest.samples} samples from ${ingest.lines} lines (${ingest.badLines} bad)`);

  const agg = ingest.aggregate;
  const startMs = Date.parse(record.startedAt);
  const endMs = record.endedAt !== null ? Date.parse(record.endedAt) : (agg.lastSampleMs ?? startMs);
  const window = { startMs: Math.min(startMs, agg.firstSampleMs ?? startMs), endMs: Math.max(endMs, agg.lastSampleMs ?? endMs) };

  const envFile = req.environmentFile ?? record.environmentFile;
  let cloudwatch: Analysis['cloudwatch'] = null;
  let periodSeconds = defaultPeriodSeconds((window.endMs - window.startMs) / 1000);
  if (req.noCloudWatch || envFile === null) {
    notes.push('CloudWatch was not queried (no environment description given).');
  } else {
    const env = loadEnvironment(envFile);
    periodSeconds = env.periodSeconds;
    req.log(`GetMetricData: ${env.metrics.length} metrics from ${env.endpoint ?? `CloudWatch ${env.region}`}, period ${env.periodSeconds}s`);
    try {
      const series = await fetchSeries(env, window);
      cloudwatch = { source: env.endpoint ?? `aws:${env.region}`, series };
      const gaps = series.filter((s) => s.missingPeriods > 0).map((s) => `${s.id} (${s.missingPeriods})`);
      if (gaps.length > 0) notes.push(`CloudWatch had no datapoint for some periods: ${gaps.join(', ')}. Gaps are shown as gaps.`);
    } catch (error) {
      throw new CLIError('CLOUDWATCH', `GetMetricData failed for ${env.endpoint ?? env.region}: ${(error as Error).message}. Check the environment file ${envFile} and your AWS credentials, or pass --no-cloudwatch`);
    }
  }
  return buildAnalysis({ run: runFacts(req.runDir, record), ingest, files, truncated, cloudwatch, periodSeconds, window, notes, generatedAt: new Date().toISOString() });
}

export function writeAnalysis(dir: string, analysis: Analysis): string {
  const path = join(dir, 'analysis.json');
  writeFileSync(path, `${JSON.stringify(analysis, null, 2)}\n`);
  return path;
}

export function readAnalysis(dir: string): Analysis {
  const path = join(dir, 'analysis.json');
  if (!existsSync(path)) throw new CLIError('NOT_FOUND', `${path} not found; run moodle-capacity analyze ${dir} first`);
  return JSON.parse(readFileSync(path, 'utf8')) as Analysis;
}
