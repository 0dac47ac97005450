// The CloudWatch edge of analyze: the run window's metrics from the API (GetMetricData) or from the
// files `aws cloudwatch get-metric-data` printed (offline), and the query file for the latter.
import { readFileSync } from 'node:fs';
import type { CloudWatchData } from '../analysis/types.ts';
import { choosePeriod, MAX_QUERIES_PER_CALL } from '../aws/choose-period.ts';
import { alignWindow, fetchSeries, metricQuery, toSeries, type Window } from '../aws/get-metric-data.ts';
import { inferPeriodSeconds, offlineSpecs, parseMetricDataOutput } from '../aws/offline-metric-data.ts';
import type { RetryDeps, RetryPolicy } from '../aws/retry.ts';
import type { EnvironmentDescription } from '../aws/types.ts';
import { CLIError } from '../cli/errors.ts';

export type CloudWatchInput = Omit<CloudWatchData, 'clockOffset'>;

export interface ApiOptions {
  readonly nowMs: number;
  readonly retry?: RetryPolicy;
  readonly retryDeps?: RetryDeps;
  readonly callTimeoutMs?: number;
}

export async function cloudWatchFromApi(env: EnvironmentDescription, window: Window, options: ApiOptions, log: (line: string) => void): Promise<CloudWatchInput> {
  const choice = choosePeriod({ window, nowMs: options.nowMs, queries: env.metrics.length, requested: env.periodSeconds ?? null });
  if (choice.expired) throw new CLIError('CLOUDWATCH', `the run window is older than CloudWatch keeps data (455 days): ${choice.reason}`);
  const source = env.endpoint ?? `aws:${env.region}`;
  log(`GetMetricData: ${env.metrics.length} metrics from ${source}, period ${choice.periodSeconds} s (${choice.reason}), ${choice.queriesPerCall} queries a call`);
  const result = await fetchSeries(env, window, {
    periodSeconds: choice.periodSeconds,
    queriesPerCall: choice.queriesPerCall,
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    ...(options.retryDeps === undefined ? {} : { retryDeps: options.retryDeps }),
    ...(options.callTimeoutMs === undefined ? {} : { callTimeoutMs: options.callTimeoutMs }),
  });
  log(`GetMetricData: ${result.calls} call(s), ${result.retries} retried`);
  return { source, mode: 'api', periodSeconds: choice.periodSeconds, periodReason: choice.reason, series: result.series, calls: result.calls, retries: result.retries };
}

export function cloudWatchFromFiles(files: readonly string[], env: EnvironmentDescription | null, window: Window): CloudWatchInput {
  const pages = files.flatMap((file) => {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new CLIError('CONFIG', `cannot read the CloudWatch data ${file}: ${(error as Error).message}`);
    }
    return parseMetricDataOutput(file, json);
  });
  const inferred = inferPeriodSeconds(pages);
  const period = inferred ?? env?.periodSeconds ?? 60;
  const reason = inferred !== null ? `the spacing of the datapoints in the file(s) (${inferred} s)` : env?.periodSeconds !== undefined ? "the environment description's period" : 'assumed 60 s (no series had two datapoints)';
  const series = toSeries(offlineSpecs(pages, env?.metrics ?? []), pages, alignWindow(window, period), period);
  return { source: files.map((f) => `file:${f}`).join(', '), mode: 'offline', periodSeconds: period, periodReason: reason, series, calls: 0, retries: 0 };
}

/** The --cli-input-json for `aws cloudwatch get-metric-data` that fetches the run window (for offline use). */
export function cloudWatchQueryFile(env: EnvironmentDescription, window: Window, nowMs: number): object {
  const choice = choosePeriod({ window, nowMs, queries: env.metrics.length, requested: env.periodSeconds ?? null });
  const aligned = alignWindow(window, choice.periodSeconds);
  if (env.metrics.length > MAX_QUERIES_PER_CALL) {
    throw new CLIError('USAGE', `--print-queries: ${env.metrics.length} metrics; expected at most ${MAX_QUERIES_PER_CALL} (one get-metric-data call); split the environment description`);
  }
  return {
    MetricDataQueries: env.metrics.map((m) => metricQuery(m, choice.periodSeconds)),
    StartTime: new Date(aligned.startMs).toISOString(),
    EndTime: new Date(aligned.endMs).toISOString(),
    ScanBy: 'TimestampAscending',
  };
}
