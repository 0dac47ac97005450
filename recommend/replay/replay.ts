// The discrete-event replay: a demand series played minute by minute against a group policy. Each
// minute: instances whose boot and warmup are over start serving, scheduled minimums apply, the load
// is spread over the serving instances (p95 from the latency model, excess over saturation = errors),
// the scaling metric's datapoint is recorded, and at the minute's end the rule decides; launches
// serve boot + warmup later. Instance-hours count every running minute, booting included.
import type { LatencyModel } from '../latency-model.ts';
import { TIMEOUT_MS } from '../latency-model.ts';
import type { DemandSeries, GroupPolicy, ScalingMetric } from '../types.ts';
import type { Datapoint } from './alarm.ts';
import { metricValue, rpsAtMetric } from './metric.ts';
import { decideStep } from './step-scaling.ts';
import { decideTargetTracking } from './target-tracking.ts';
import { SLO_MINUTE_SHARE, TICK_SECONDS, type Instance, type ReplayMinute, type ReplayPlatform, type ReplayResult, type RuleMemory } from './types.ts';

function minCapacityAt(policy: GroupPolicy, minute: number): number {
  return policy.scheduled.reduce((m, a) => (minute >= a.startMinute && minute < a.endMinute ? Math.max(m, a.minCapacity) : m), policy.minCapacity);
}

function ruleMetric(policy: GroupPolicy): ScalingMetric | null {
  return policy.rule.kind === 'static' ? null : policy.rule.metric;
}

/** The capacity the policy would settle at for demand d (where the run starts: no bogus first surge). */
export function steadyCapacity(policy: GroupPolicy, d: number, platform: Pick<ReplayPlatform, 'cpu'> & { latency: LatencyModel }): number {
  const rule = policy.rule;
  let n = policy.minCapacity;
  if (rule.kind !== 'static') {
    const threshold = rule.kind === 'target-tracking' ? rule.targetValue : rule.scaleOut.alarm.threshold;
    const perInstance = rpsAtMetric(rule.metric, threshold, platform.cpu, platform.latency.saturationRps);
    if (perInstance > 0) n = Math.max(n, Math.ceil(d / perInstance - 1e-9));
  }
  return Math.min(policy.maxCapacity, Math.max(minCapacityAt(policy, 0), n));
}

export function replay(policy: GroupPolicy, demand: DemandSeries, platform: ReplayPlatform, initialInstances?: number): ReplayResult {
  const readyDelay = platform.bootSeconds + platform.warmupSeconds;
  const lagTicks = Math.ceil(platform.metricLagSeconds / TICK_SECONDS);
  const metric = ruleMetric(policy);
  const start = initialInstances ?? steadyCapacity(policy, demand.rps[0] ?? 0, platform);
  // The initial fleet is already warm.
  let fleet: Instance[] = Array.from({ length: start }, () => ({ launchedTick: 0, readyAtSeconds: 0 }));
  const memory: RuleMemory = { lastScaleInSeconds: Number.NEGATIVE_INFINITY, scaleOutBlockedUntilSeconds: 0 };
  const datapoints: Datapoint[] = [];
  const servingHistory: number[] = [];
  const timeline: ReplayMinute[] = [];
  const launch = (count: number, atSeconds: number, tick: number): void => {
    for (let i = 0; i < count; i++) fleet.push({ launchedTick: tick, readyAtSeconds: atSeconds + readyDelay });
  };

  demand.rps.forEach((d, t) => {
    const startSeconds = t * TICK_SECONDS;
    const minute = startSeconds / 60;
    const min = minCapacityAt(policy, minute);
    if (fleet.length < min) launch(Math.min(policy.maxCapacity, min) - fleet.length, startSeconds, t);

    const serving = fleet.filter((i) => i.readyAtSeconds <= startSeconds).length;
    const perInstance = serving > 0 ? d / serving : Number.POSITIVE_INFINITY;
    const p95 = serving > 0 ? platform.latency.p95At(perInstance) : TIMEOUT_MS;
    const errors = Math.max(0, d - serving * platform.latency.saturationRps) * TICK_SECONDS;
    const value = metric !== null && serving > 0 ? metricValue(metric, perInstance, platform.cpu, platform.latency.saturationRps) : null;
    datapoints.push(value);
    servingHistory.push(serving);
    timeline.push({ minute, demandRps: d, serving, running: fleet.length, p95Ms: p95, overSlo: p95 > platform.sloP95Ms * (1 + 1e-9), errors, metric: value });

    const nowSeconds = startSeconds + TICK_SECONDS;
    const servingAtDatapoint = servingHistory[t - lagTicks] ?? 0;
    const view = { serving, servingAtDatapoint, running: fleet.length, minCapacity: min, maxCapacity: policy.maxCapacity, nowSeconds };
    const rule = policy.rule;
    const change =
      rule.kind === 'target-tracking'
        ? decideTargetTracking(rule, datapoints, t - lagTicks, view, memory)
        : rule.kind === 'step'
          ? decideStep(rule, datapoints, t - lagTicks, view, memory)
          : 0;
    if (change > 0) {
      launch(change, nowSeconds, t + 1);
      if (rule.kind === 'step' && rule.scaleOut.cooldownSeconds > 0) {
        memory.scaleOutBlockedUntilSeconds = nowSeconds + readyDelay + rule.scaleOut.cooldownSeconds;
      }
    } else if (change < 0) {
      // Newest first: they are the ones most recently added for a surge that has passed.
      fleet = [...fleet].sort((a, b) => a.readyAtSeconds - b.readyAtSeconds).slice(0, fleet.length + change);
      memory.lastScaleInSeconds = nowSeconds;
    }
  });
  return { policyLabel: policy.label, summary: summarise(timeline), timeline };
}

export function summarise(timeline: readonly ReplayMinute[]): ReplayResult['summary'] {
  const minutes = timeline.length;
  const over = timeline.filter((m) => m.overSlo).length;
  const requests = timeline.reduce((s, m) => s + m.demandRps * TICK_SECONDS, 0);
  const errors = timeline.reduce((s, m) => s + m.errors, 0);
  const share = minutes === 0 ? 1 : 1 - over / minutes;
  return {
    minutes,
    minutesOverSlo: over,
    shareUnderSlo: share,
    meetsSlo: share >= SLO_MINUTE_SHARE,
    requests,
    errors,
    errorRate: requests === 0 ? 0 : errors / requests,
    instanceHours: timeline.reduce((s, m) => s + (m.running * TICK_SECONDS) / 3600, 0),
    peakInstances: timeline.reduce((s, m) => Math.max(s, m.running), 0),
  };
}
