// The scaling metrics as the replay computes them from load: ASG average CPU (from the run's CPU fit,
// or proportional to load up to saturation when there is none) and ALB requests per target per minute.
import type { CpuFit, ScalingMetric } from '../types.ts';

export function cpuPercent(rpsPerInstance: number, cpu: CpuFit | null, saturationRps: number): number {
  const x = Math.min(rpsPerInstance, saturationRps);
  const v = cpu === null ? (100 * x) / saturationRps : cpu.interceptPct + cpu.slopePctPerRps * x;
  return Math.max(0, Math.min(100, v));
}

export function metricValue(metric: ScalingMetric, rpsPerInstance: number, cpu: CpuFit | null, saturationRps: number): number {
  return metric === 'ALBRequestCountPerTarget' ? rpsPerInstance * 60 : cpuPercent(rpsPerInstance, cpu, saturationRps);
}

/** The load per instance at which the metric reads `value` (the inverse of metricValue). */
export function rpsAtMetric(metric: ScalingMetric, value: number, cpu: CpuFit | null, saturationRps: number): number {
  if (metric === 'ALBRequestCountPerTarget') return value / 60;
  if (cpu === null || cpu.slopePctPerRps <= 0) return (value / 100) * saturationRps;
  return Math.max(0, (value - cpu.interceptPct) / cpu.slopePctPerRps);
}
