// An alarm's datapoint for one period, from two snapshots of the model's counters: what CloudWatch
// would compute for the metric and statistic over that period. null = no data (treated as missing).
import { utilisationPercent } from '../capacity/utilisation.ts';
import type { InstanceTotals, ModelSnapshot } from '../hosting/types.ts';
import type { AlarmMetric, Statistic } from '../profiles/types.ts';

export function statisticOf(values: readonly number[], statistic: Statistic): number | null {
  if (values.length === 0) return null;
  switch (statistic) {
    case 'Average':
      return values.reduce((s, v) => s + v, 0) / values.length;
    case 'Sum':
      return values.reduce((s, v) => s + v, 0);
    case 'Maximum':
      return Math.max(...values);
    case 'Minimum':
      return Math.min(...values);
    case 'SampleCount':
      return values.length;
  }
}

/** CPU % of each instance over the period; `serving` limits it to instances past their warmup. */
export function instanceCpuPercents(prev: ModelSnapshot, cur: ModelSnapshot, serving: boolean): { instance: InstanceTotals; percent: number }[] {
  const before = new Map(prev.instances.map((i) => [i.id, i.busyCoreMs]));
  const out: { instance: InstanceTotals; percent: number }[] = [];
  for (const instance of cur.instances) {
    if (instance.bootedAtMs === null) continue; // pending: not reporting yet
    if (instance.terminatedAtMs !== null && instance.terminatedAtMs <= prev.atMs) continue;
    if (serving && instance.state !== 'healthy' && instance.state !== 'unhealthy') continue;
    const from = Math.max(prev.atMs, instance.bootedAtMs);
    const to = instance.terminatedAtMs ?? cur.atMs;
    const span = Math.max(1e-9, Math.min(cur.atMs, to) - from);
    const busy = instance.busyCoreMs - (before.get(instance.id) ?? 0);
    out.push({ instance, percent: utilisationPercent(busy, instance.cores, span) });
  }
  return out;
}

export function alarmDatapoint(metric: AlarmMetric, statistic: Statistic, prev: ModelSnapshot, cur: ModelSnapshot): number | null {
  const t0 = prev.traffic;
  const t1 = cur.traffic;
  const ms = cur.atMs - prev.atMs;
  if (ms <= 0) return null;
  switch (metric) {
    case 'AWS/EC2:CPUUtilization':
      return statisticOf(
        instanceCpuPercents(prev, cur, true).map((c) => c.percent),
        statistic,
      );
    case 'AWS/ApplicationELB:RequestCountPerTarget':
      return cur.group.healthy === 0 ? null : (t1.routed - t0.routed) / cur.group.healthy;
    case 'AWS/ApplicationELB:RequestCount':
      return t1.requests - t0.requests;
    case 'AWS/ApplicationELB:TargetResponseTime': {
      const n = t1.responses - t0.responses;
      if (n === 0) return null;
      const sumSeconds = (t1.responseMsSum - t0.responseMsSum) / 1000;
      return statistic === 'SampleCount' ? n : statistic === 'Sum' ? sumSeconds : sumSeconds / n;
    }
    case 'AWS/RDS:CPUUtilization': {
      const a = prev.database;
      const b = cur.database;
      if (a === null || b === null) return null;
      const percent = utilisationPercent(b.busyCoreMs - a.busyCoreMs, b.cores, ms);
      return statistic === 'SampleCount' ? 1 : percent;
    }
  }
}
