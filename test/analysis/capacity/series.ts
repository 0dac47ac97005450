// Test support: a CloudWatch series with defaults.
import type { CloudWatchSeries, MetricRole } from '../../../analysis/types.ts';

export function series(id: string, role: MetricRole | null, points: { t: number; v: number }[] = [], periodSeconds = 60): CloudWatchSeries {
  return { id, label: id, namespace: 'AWS/Test', metricName: id, dimensions: {}, stat: 'Average', unit: 'Percent', role, periodSeconds, points, missingPeriods: 0, missingTimes: [], status: 'Complete', messages: [] };
}
