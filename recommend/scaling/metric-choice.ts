// Which metric to scale on. Requests per target follows the load directly and maps onto the measured
// capacity; CPU lags and, on Moodle, the database or session store often sets the ceiling first. So CPU
// is chosen only when the run shows it is the bottleneck and tracks the load closely.
import type { CapacityInput, Reasoned, ScalingMetric } from '../types.ts';

export const CPU_FIT_MIN_R2 = 0.9;

export function chooseMetric(c: Pick<CapacityInput, 'cpu' | 'bottleneck'>): Reasoned<ScalingMetric> {
  const cpuBound = c.bottleneck !== null && /cpu/i.test(c.bottleneck.value);
  if (c.cpu !== null && cpuBound && c.cpu.r2 >= CPU_FIT_MIN_R2) {
    return {
      value: 'ASGAverageCPUUtilization',
      reasoning: `CPU is what limits an instance (${c.bottleneck?.value ?? 'CPU'}) and follows the load closely (r² ${c.cpu.r2.toFixed(2)} ≥ ${CPU_FIT_MIN_R2}), so average CPU tracks how close instances are to their limit.`,
    };
  }
  const why =
    c.cpu === null
      ? 'the run has no CPU measurements to tie CPU to capacity'
      : !cpuBound
        ? `CPU is not shown to be the limit (bottleneck: ${c.bottleneck?.value ?? 'not identified'}), so a CPU target would not track how close instances are to failing`
        : `CPU follows the load only loosely (r² ${c.cpu.r2.toFixed(2)} < ${CPU_FIT_MIN_R2})`;
  return {
    value: 'ALBRequestCountPerTarget',
    reasoning: `Requests per target per minute follow the load without lag and map directly onto the measured capacity per instance; ${why}.`,
  };
}
