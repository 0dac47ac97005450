// Hourly request history straight from CloudWatch: the load balancer's RequestCount, Sum per 3600 s,
// for the last 455 days (CloudWatch's retention of hourly data), paginated with NextToken.
import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { cloudWatchClient } from '../../aws/cloudwatch-client.ts';
import type { AwsTarget } from '../../aws/types.ts';
import type { HourlyPoint } from './types.ts';

export const HISTORY_DAYS = 455;

export async function fetchRequestHistory(target: AwsTarget, loadBalancer: string, now: Date, days = HISTORY_DAYS): Promise<HourlyPoint[]> {
  const client = cloudWatchClient(target);
  const end = Math.floor(now.getTime() / 3_600_000) * 3_600_000;
  const byTime = new Map<number, number>();
  try {
    let NextToken: string | undefined;
    do {
      const page = await client.send(
        new GetMetricDataCommand({
          StartTime: new Date(end - days * 86_400_000),
          EndTime: new Date(end),
          ScanBy: 'TimestampAscending',
          NextToken,
          MetricDataQueries: [
            {
              Id: 'requests',
              ReturnData: true,
              MetricStat: { Metric: { Namespace: 'AWS/ApplicationELB', MetricName: 'RequestCount', Dimensions: [{ Name: 'LoadBalancer', Value: loadBalancer }] }, Period: 3600, Stat: 'Sum' },
            },
          ],
        }),
      );
      for (const r of page.MetricDataResults ?? []) {
        (r.Timestamps ?? []).forEach((t, i) => {
          const v = r.Values?.[i];
          if (v !== undefined) byTime.set(t.getTime(), v);
        });
      }
      NextToken = page.NextToken;
    } while (NextToken !== undefined);
  } finally {
    client.destroy();
  }
  return [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([t, requests]) => ({ t, requests }));
}
