// Assembles the ground-truth document from the profile's capacity model, the policy's alarms and
// the event log.
import type { ScalingEvent } from '../autoscaling/types.ts';
import type { PolicyAlarm } from '../autoscaling/policy-alarms.ts';
import type { EnvironmentProfile } from '../profiles/types.ts';
import type { CapacityModel } from './capacity.ts';
import { GROUND_TRUTH_SCHEMA, type GroundTruth } from './types.ts';

export interface GroundTruthParts {
  readonly profile: EnvironmentProfile;
  readonly capacity: CapacityModel;
  readonly alarms: readonly PolicyAlarm[];
  readonly resourceIds: Readonly<Record<string, string>>;
  readonly startedAtMs: number;
  readonly stoppedAtMs: number | null;
  readonly events: readonly ScalingEvent[];
  readonly eventsDropped: number;
}

export function buildGroundTruth(p: GroundTruthParts): GroundTruth {
  const { profile, capacity } = p;
  const a = profile.autoScaling;
  const sessions = profile.sessions;
  return {
    schema: GROUND_TRUTH_SCHEMA,
    profile,
    startedAt: new Date(p.startedAtMs).toISOString(),
    stoppedAt: p.stoppedAtMs === null ? null : new Date(p.stoppedAtMs).toISOString(),
    resourceIds: p.resourceIds,
    mix: capacity.mix,
    perRequest: capacity.perRequest,
    resources: capacity.resources,
    instance: { type: profile.instance.type, cores: profile.instance.cores, workers: profile.instance.workers, queueLimit: profile.instance.queueLimit, ...capacity.instance },
    site: { atMin: capacity.siteAt(a.min), atMax: capacity.siteAt(a.max) },
    bottleneck: capacity.bottleneckAt(a.min),
    ceiling: capacity.bottleneckAt(a.max),
    sessionLock:
      sessions?.store === 'database'
        ? { perSessionRps: Number((1000 / capacity.perRequest.residenceMs).toFixed(2)), holdMs: Number(capacity.perRequest.residenceMs.toFixed(2)), timeoutSeconds: sessions.lockTimeoutSeconds }
        : null,
    scaling: {
      min: a.min,
      max: a.max,
      desired: a.desired,
      bootSeconds: a.bootSeconds,
      warmupSeconds: a.warmupSeconds,
      timeScale: profile.timeScale,
      policy: a.policy?.type ?? null,
      alarms: p.alarms.map((alarm) => ({
        name: alarm.name,
        metric: alarm.metric,
        statistic: alarm.statistic,
        comparison: alarm.rule.comparison,
        threshold: alarm.rule.threshold,
        periodSeconds: alarm.periodSeconds,
        evaluationPeriods: alarm.rule.evaluationPeriods,
        datapointsToAlarm: alarm.rule.datapointsToAlarm,
      })),
    },
    events: p.events,
    eventsDropped: p.eventsDropped,
  };
}
