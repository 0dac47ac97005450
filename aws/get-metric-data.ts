// Pulls a run's window from CloudWatch with GetMetricData: every metric of the environment in one
// paginated request series (≤ 500 queries a call), points sorted by time, gaps reported, not filled.
import { GetMetricDataCommand, type MetricDataQuery, type MetricDataResult } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchSeries } from '../analysis/types.ts';
import { cloudWatchClient } from './cloudwatch-client.ts';
import type { EnvironmentDescription, MetricSpec } from './types.ts';

export interface Window {
  readonly startMs: number;
  readonly endMs: number;
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

/** Combines the pages of GetMetricData results into one sorted series per metric (pure). */
export function toSeries(
  specs: readonly MetricSpec[],
  pages: readonly (readonly MetricDataResult[])[],
  window: Window,
  periodSeconds: number,
): CloudWatchSeries[] {
  const periods = Math.round((window.endMs - window.startMs) / (periodSeconds * 1000));
  return specs.map((spec) => {
    const byTime = new Map<number, number>();
    for (const page of pages) {
      for (const result of page) {
        if (result.Id !== spec.id) continue;
        const times = result.Timestamps ?? [];
        const values = result.Values ?? [];
        times.forEach((t, i) => {
          const v = values[i];
          if (v !== undefined) byTime.set(t.getTime(), v);
        });
      }
    }
    const points = [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([t, v]) => ({ t, v }));
    return {
      id: spec.id,
      label: spec.label,
      namespace: spec.namespace,
      metricName: spec.metricName,
      dimensions: spec.dimensions,
      stat: spec.stat,
      unit: spec.unit,
      periodSeconds,
      points,
      missingPeriods: Math.max(0, periods - points.length),
    };
  });
}

export async function fetchSeries(env: EnvironmentDescription, runWindow: Window): Promise<CloudWatchSeries[]> {
  const client = cloudWatchClient({ region: env.region, ...(env.endpoint === undefined ? {} : { endpoint: env.endpoint }) });
  const window = alignWindow(runWindow, env.periodSeconds);
  const pages: MetricDataResult[][] = [];
  for (let i = 0; i < env.metrics.length; i += 500) {
    const queries = env.metrics.slice(i, i + 500).map((m) => metricQuery(m, env.periodSeconds));
    let nextToken: string | undefined;
    do {
      const out = await client.send(
        new GetMetricDataCommand({
          StartTime: new Date(window.startMs),
          EndTime: new Date(window.endMs),
          MetricDataQueries: queries,
          ScanBy: 'TimestampAscending',
          ...(nextToken === undefined ? {} : { NextToken: nextToken }),
        }),
      );
      pages.push(out.MetricDataResults ?? []);
      nextToken = out.NextToken;
    } while (nextToken !== undefined);
  }
  client.destroy();
  return toSeries(env.metrics, pages, window, env.periodSeconds);
}
