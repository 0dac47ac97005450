// An alarm's state from its last datapoints: ALARM when at least `datapointsToAlarm` of the last
// `evaluationPeriods` breach the threshold ("M out of N"); missing data never breaches.
import type { Comparison } from '../profiles/types.ts';

export type AlarmState = 'OK' | 'ALARM';

export interface AlarmRule {
  readonly comparison: Comparison;
  readonly threshold: number;
  readonly evaluationPeriods: number;
  readonly datapointsToAlarm: number;
}

export function breaches(rule: Pick<AlarmRule, 'comparison' | 'threshold'>, value: number): boolean {
  switch (rule.comparison) {
    case 'GreaterThanOrEqualToThreshold':
      return value >= rule.threshold;
    case 'GreaterThanThreshold':
      return value > rule.threshold;
    case 'LessThanThreshold':
      return value < rule.threshold;
    case 'LessThanOrEqualToThreshold':
      return value <= rule.threshold;
  }
}

export class AlarmEvaluator {
  private readonly recent: (number | null)[] = [];
  private current: AlarmState = 'OK';

  constructor(readonly rule: AlarmRule) {}

  get state(): AlarmState {
    return this.current;
  }

  /** Adds the period's datapoint; returns whether the state changed. */
  add(value: number | null): boolean {
    this.recent.push(value);
    if (this.recent.length > this.rule.evaluationPeriods) this.recent.shift();
    const breaching = this.recent.filter((v) => v !== null && breaches(this.rule, v)).length;
    const next: AlarmState = breaching >= this.rule.datapointsToAlarm ? 'ALARM' : 'OK';
    const changed = next !== this.current;
    this.current = next;
    return changed;
  }
}
