// Pulls a run's window from CloudWatch with GetMetricData: the environment's metrics in as few calls as
// the limits allow (≤ 500 queries and ≤ 100,800 datapoints a call), every page (NextToken), each call
// retried with backoff on throttling, 5xx and dropped connections, and cut off after a timeout so a
// request that never answers is retried too. Points are sorted by time; missing periods are counted and
// listed, never filled in.
import { GetMetricDataCommand, type MetricDataQuery, type MetricDataResult } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchSeries } from '../analysis/types.ts';
import { cloudWatchClient } from './cloudwatch-client.ts';
import { inferRole } from './metric-roles.ts';
import { DEFAULT_RETRY, realRetryDeps, withRetries, type RetryDeps, type RetryPolicy } from './retry.ts';
import type { EnvironmentDescription, MetricSpec } from './types.ts';

export interface Window {
  readonly startMs: number;
  readonly endMs: number;
}

/** One query's answer, from the API or from `aws cloudwatch get-metric-data` output. */
export interface MetricPage {
  readonly id: string;
  readonly label?: string;
  readonly timestamps: readonly number[];
  readonly values: readonly number[];
  readonly status?: string;
  readonly messages?: readonly string[];
}

/** The run window widened to whole periods, so CloudWatch's periods and our grid line up. */
export function alignWindow(window: Window, periodSeconds: number): Window {
  const p = periodSeconds * 1000;
  return { startMs: Math.floor(window.startMs / p) * p, endMs: Math.ceil((window.endMs + 1) / p) * p };
}

export function metricQuery(spec: MetricSpec, periodSeconds: number): MetricDataQuery {
  return {
    Id: spec.id,
    Label: spec.label,
    ReturnData: true,
    MetricStat: {
      Metric: {
        Namespace: spec.namespace,
        MetricName: spec.metricName,
        Dimensions: Object.entries(spec.dimensions).map(([Name, Value]) => ({ Name, Value })),
      },
      Period: periodSeconds,
      Stat: spec.stat,
    },
  };
}

export function pageOf(result: MetricDataResult): MetricPage {
  return {
    id: result.Id ?? '',
    ...(result.Label === undefined ? {} : { label: result.Label }),
    timestamps: (result.Timestamps ?? []).map((t) => t.getTime()),
    values: result.Values ?? [],
    ...(result.StatusCode === undefined ? {} : { status: result.StatusCode }),
    messages: (result.Messages ?? []).map((m) => `${m.Code ?? ''}: ${m.Value ?? ''}`),
  };
}

const MISSING_TIMES_KEPT = 20;

/** Combines the pages of GetMetricData results into one sorted series per metric (pure). */
export function toSeries(specs: readonly MetricSpec[], pages: readonly (readonly MetricPage[])[], window: Window, periodSeconds: number): CloudWatchSeries[] {
  const p = periodSeconds * 1000;
  return specs.map((spec) => {
    const byTime = new Map<number, number>();
    let status = 'Complete';
    const messages: string[] = [];
    for (const page of pages) {
      for (const result of page) {
        if (result.id !== spec.id) continue;
        result.timestamps.forEach((t, i) => {
          const v = result.values[i];
          if (v !== undefined && Number.isFinite(v)) byTime.set(t, v);
        });
        if (result.status !== undefined && result.status !== 'Complete' && result.status !== 'PartialData') status = result.status;
        for (const m of result.messages ?? []) if (!messages.includes(m)) messages.push(m);
      }
    }
    const points = [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([t, v]) => ({ t, v }));
    const missingTimes: number[] = [];
    let missingPeriods = 0;
    for (let t = window.startMs; t < window.endMs; t += p) {
      if (byTime.has(t)) continue;
      missingPeriods++;
      if (missingTimes.length < MISSING_TIMES_KEPT) missingTimes.push(t);
    }
    return {
      id: spec.id,
      label: spec.label,
      namespace: spec.namespace,
      metricName: spec.metricName,
      dimensions: spec.dimensions,
      stat: spec.stat,
      unit: spec.unit,
      role: inferRole(spec),
      periodSeconds,
      points,
      missingPeriods,
      missingTimes,
      status,
      messages,
    };
  });
}

export interface FetchOptions {
  readonly periodSeconds: number;
  readonly queriesPerCall: number;
  readonly retry?: RetryPolicy;
  readonly retryDeps?: RetryDeps;
  /** Each call is abandoned (and retried) after this long: a dropped request must not hang the run. */
  readonly callTimeoutMs?: number;
}

export interface FetchResult {
  readonly series: CloudWatchSeries[];
  readonly window: Window;
  /** Calls made, retries included, and retries alone. */
  readonly calls: number;
  readonly retries: number;
}

export async function fetchSeries(env: EnvironmentDescription, runWindow: Window, options: FetchOptions): Promise<FetchResult> {
  const client = cloudWatchClient(
    { region: env.region, ...(env.endpoint === undefined ? {} : { endpoint: env.endpoint }) },
    { maxAttempts: 1, ...(env.profile === undefined ? {} : { profile: env.profile }) },
  );
  const period = options.periodSeconds;
  const window = alignWindow(runWindow, period);
  const retry = options.retry ?? DEFAULT_RETRY;
  const deps = options.retryDeps ?? realRetryDeps;
  const timeoutMs = options.callTimeoutMs ?? 30_000;
  const pages: MetricPage[][] = [];
  let calls = 0;
  let retries = 0;
  try {
    for (let i = 0; i < env.metrics.length; i += options.queriesPerCall) {
      const queries = env.metrics.slice(i, i + options.queriesPerCall).map((m) => metricQuery(m, period));
      let nextToken: string | undefined;
      do {
        const token = nextToken;
        const out = await withRetries(
          () => {
            calls++;
            return client.send(
              new GetMetricDataCommand({
                StartTime: new Date(window.startMs),
                EndTime: new Date(window.endMs),
                MetricDataQueries: queries,
                ScanBy: 'TimestampAscending',
                ...(token === undefined ? {} : { NextToken: token }),
              }),
              { abortSignal: AbortSignal.timeout(timeoutMs) },
            );
          },
          retry,
          {
            ...deps,
            onRetry: (e, n, d) => {
              retries++;
              deps.onRetry?.(e, n, d);
            },
          },
        );
        pages.push((out.MetricDataResults ?? []).map(pageOf));
        nextToken = out.NextToken;
      } while (nextToken !== undefined);
    }
  } finally {
    client.destroy();
  }
  return { series: toSeries(env.metrics, pages, window, period), window, calls, retries };
}
