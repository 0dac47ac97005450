// M-of-N alarm evaluation as CloudWatch does it for scaling alarms. The replay records one datapoint a
// minute; an alarm with a longer period (basic monitoring: 300 s) sees periods aligned to multiples of
// it, averaged (Average) or added up (Sum).
import type { StepAlarm } from '../types.ts';

export type Datapoint = number | null;

export function breaches(value: number, alarm: Pick<StepAlarm, 'threshold' | 'comparison'>): boolean {
  switch (alarm.comparison) {
    case 'GreaterThanOrEqualToThreshold':
      return value >= alarm.threshold;
    case 'GreaterThanThreshold':
      return value > alarm.threshold;
    case 'LessThanOrEqualToThreshold':
      return value <= alarm.threshold;
    case 'LessThanThreshold':
      return value < alarm.threshold;
  }
}

/**
 * The alarm's datapoint for the k-th newest complete period visible at minute `visible` (k = 0 is the
 * newest), or null when a minute of it is missing or it lies before the start.
 */
export function periodValue(datapoints: readonly Datapoint[], visible: number, alarm: Pick<StepAlarm, 'periodSeconds' | 'statistic'>, k = 0): Datapoint {
  const m = Math.max(1, Math.round(alarm.periodSeconds / 60));
  const end = Math.floor((visible + 1) / m) * m - 1 - k * m;
  if (end - m + 1 < 0) return null;
  let sum = 0;
  for (let i = end - m + 1; i <= end; i++) {
    const v = datapoints[i];
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return alarm.statistic === 'Sum' ? sum : sum / m;
}

/**
 * True when at least `datapointsToAlarm` of the last `evaluationPeriods` periods breach. `visible` is the
 * newest minute alarms can see (metric lag applied by the caller). Missing periods breach only under
 * treatMissingData = breaching.
 */
export function inAlarm(datapoints: readonly Datapoint[], visible: number, alarm: StepAlarm): boolean {
  if (visible < 0) return false;
  let breaching = 0;
  for (let k = 0; k < alarm.evaluationPeriods; k++) {
    const v = periodValue(datapoints, visible, alarm, k);
    if (v === null) {
      if (alarm.treatMissingData === 'breaching') breaching++;
    } else if (breaches(v, alarm)) {
      breaching++;
    }
  }
  return breaching >= alarm.datapointsToAlarm;
}
