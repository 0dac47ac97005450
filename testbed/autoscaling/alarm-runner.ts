// Evaluates alarms as CloudWatch would, on the testbed's clock: every (time-scaled) period a
// datapoint from the model's counters, M of N for the state, and the action on every evaluation
// that finds the alarm in ALARM (as scaling policies are re-triggered while the alarm lasts).
import type { Clock, Timer } from '../clock/clock.ts';
import type { ModelSnapshot } from '../hosting/types.ts';
import { AlarmEvaluator, type AlarmState } from './alarm.ts';
import { alarmDatapoint } from './alarm-metric.ts';
import type { EventLog } from './event-log.ts';
import type { PolicyAlarm } from './policy-alarms.ts';

export interface AlarmRunnerDeps {
  readonly clock: Clock;
  readonly timeScale: number;
  readonly snapshot: () => ModelSnapshot;
  readonly log: EventLog;
  /** Told of every state change (the testbed mirrors it into CloudWatch with SetAlarmState). */
  readonly onStateChange: (alarm: PolicyAlarm, state: AlarmState, value: number | null) => void;
}

export class AlarmRunner {
  private readonly timers = new Map<PolicyAlarm, Timer>();

  constructor(private readonly deps: AlarmRunnerDeps) {}

  start(alarm: PolicyAlarm, onAlarm: (value: number) => void): void {
    const evaluator = new AlarmEvaluator(alarm.rule);
    const periodMs = alarm.periodSeconds * 1000 * this.deps.timeScale;
    const startMs = this.deps.clock.now();
    let previous = this.deps.snapshot();
    let lastValue: number | null = null;
    let k = 0;
    const tick = (): void => {
      const current = this.deps.snapshot();
      const value = alarmDatapoint(alarm.metric, alarm.statistic, previous, current);
      previous = current;
      if (value !== null) lastValue = value;
      if (evaluator.add(value)) {
        this.deps.log.add({ type: 'alarm', alarm: alarm.name, alarmState: evaluator.state, ...(value === null ? {} : { value }), reason: `${alarm.metric} ${alarm.statistic} ${value?.toFixed(2) ?? 'no data'}` });
        this.deps.onStateChange(alarm, evaluator.state, value);
      }
      if (evaluator.state === 'ALARM' && lastValue !== null) onAlarm(lastValue);
      schedule();
    };
    // Drift-free: the k-th evaluation is at start + k periods, however late a timer fired.
    const schedule = (): void => {
      k++;
      this.timers.set(alarm, this.deps.clock.setTimer(Math.max(0, startMs + k * periodMs - this.deps.clock.now()), tick));
    };
    schedule();
  }

  stop(): void {
    for (const timer of this.timers.values()) this.deps.clock.clearTimer(timer);
    this.timers.clear();
  }
}
