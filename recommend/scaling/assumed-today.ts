// When the user gives no current policy, compare against what published Moodle templates ship: simple
// scaling on average CPU, out at 75 %, in at 25 %, 300 s cooldowns. Labelled as assumed everywhere.
import type { GroupPolicy } from '../types.ts';

export function assumedTemplatePolicy(minCapacity: number, maxCapacity: number): GroupPolicy {
  const common = { statistic: 'Average', periodSeconds: 300, treatMissingData: 'missing' } as const;
  return {
    label: 'Template CPU 75/25 % (assumed: no current policy given)',
    minCapacity,
    maxCapacity,
    scheduled: [],
    rule: {
      kind: 'step',
      metric: 'ASGAverageCPUUtilization',
      instanceWarmupSeconds: 300,
      scaleOut: {
        alarm: { ...common, threshold: 75, comparison: 'GreaterThanThreshold', evaluationPeriods: 1, datapointsToAlarm: 1 },
        adjustmentType: 'ChangeInCapacity',
        minAdjustmentMagnitude: null,
        steps: [{ lower: 0, upper: null, adjustment: 1 }],
        cooldownSeconds: 300,
      },
      scaleIn: {
        alarm: { ...common, threshold: 25, comparison: 'LessThanThreshold', evaluationPeriods: 1, datapointsToAlarm: 1 },
        adjustmentType: 'ChangeInCapacity',
        minAdjustmentMagnitude: null,
        steps: [{ lower: null, upper: 0, adjustment: -1 }],
        cooldownSeconds: 300,
      },
    },
  };
}
