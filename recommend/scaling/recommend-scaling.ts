// The scaling recommendation: minimum and maximum capacity, the metric, target tracking and step
// scaling each at the highest utilisation a replay accepts, scheduled pre-scaling for known events;
// the cheaper passing rule is recommended (target tracking on a tie: AWS owns its alarms). Replays
// of today's policy and of static peak provisioning are run alongside for comparison.
import { peakOf } from '../demand-series.ts';
import { replayPlatform, scaledCapacity } from '../platform.ts';
import { replay } from '../replay/replay.ts';
import type { ReplayPlatform, ReplayResult } from '../replay/types.ts';
import type { CapacityInput, DemandSeries, GroupPolicy, ScalingRecommendation } from '../types.ts';
import { assumedTemplatePolicy } from './assumed-today.ts';
import { pct, rps, secs } from './format.ts';
import { chooseMetric } from './metric-choice.ts';
import type { ExpectedPeak } from './max-capacity.ts';
import { minCapacity } from './min-capacity.ts';
import { whatMustChange } from './must-change.ts';
import { STEP_OUT_MINUTES, TT_OUT_MINUTES, type PolicyFacts } from './policies.ts';
import { reactionSeconds } from './reaction.ts';
import { searchUtilisation, type SearchResult } from './search.ts';
import { headroomUtilisation } from './utilisation.ts';

export interface ScalingRequest {
  readonly capacity: CapacityInput;
  readonly demand: DemandSeries;
  /** The policy in place today (read from AWS or a file); null = the assumed template. */
  readonly today: GroupPolicy | null;
  readonly metricLagSeconds?: number;
  /** The year's busiest hour from the calendar or history (null without either). */
  readonly yearPeak: ExpectedPeak | null;
}

function searchBoth(capacity: CapacityInput, demand: DemandSeries, lag: number | undefined, yearPeak: ExpectedPeak | null): { tt: SearchResult; step: SearchResult; facts: PolicyFacts } {
  const platform = replayPlatform(capacity, lag);
  const min = minCapacity(capacity.baselineRps.value, capacity.perInstanceRpsLow, capacity.azCount.value);
  const facts: PolicyFacts = {
    metric: chooseMetric(capacity).value,
    planningRpsPerInstance: capacity.perInstanceRpsLow,
    cpu: capacity.cpu,
    saturationRps: platform.latency.saturationRps,
    warmupSeconds: capacity.warmupSeconds.value,
  };
  const react = (minutes: number) => reactionSeconds(minutes, { metricLagSeconds: platform.metricLagSeconds, bootSeconds: platform.bootSeconds, warmupSeconds: platform.warmupSeconds }, '').value;
  const base = { facts, series: demand, platform, minCapacity: min.value, yearPeak };
  return {
    facts,
    tt: searchUtilisation({ ...base, kind: 'target-tracking', startUtilisation: headroomUtilisation(demand, react(TT_OUT_MINUTES)).value }),
    step: searchUtilisation({ ...base, kind: 'step', startUtilisation: headroomUtilisation(demand, react(STEP_OUT_MINUTES)).value }),
  };
}

function pick(tt: SearchResult, step: SearchResult): [SearchResult, SearchResult] {
  const a = tt.replay.summary;
  const b = step.replay.summary;
  if (a.meetsSlo !== b.meetsSlo) return a.meetsSlo ? [tt, step] : [step, tt];
  if (!a.meetsSlo) return a.shareUnderSlo >= b.shareUnderSlo ? [tt, step] : [step, tt];
  return b.instanceHours < a.instanceHours - 1e-9 ? [step, tt] : [tt, step];
}

function alternativeLabel(label: string): string {
  return label.replace('Recommended', 'Alternative');
}

/** Fixed fleets tried above the peak's bare instance count before giving up on one that passes. */
export const STATIC_SEARCH_LIMIT = 3;

/**
 * Static peak provisioning: the smallest fixed fleet whose replay keeps p95 under the SLO (a fleet
 * sized for the peak at 100 % of capacity queues at the peak itself), searched upward from the bare
 * count; if none within ×3 passes, the largest tried, marked as failing.
 */
function staticPeak(demand: DemandSeries, perInstance: number, min: number, platform: ReplayPlatform): ReplayResult {
  const bare = Math.max(min, Math.ceil(peakOf(demand) / perInstance - 1e-9));
  let last: ReplayResult | null = null;
  for (let n = bare; n <= bare * STATIC_SEARCH_LIMIT; n++) {
    const policy: GroupPolicy = { label: `Static peak provisioning (${n} instances)`, minCapacity: n, maxCapacity: n, rule: { kind: 'static' }, scheduled: [] };
    last = replay(policy, demand, platform);
    if (last.summary.meetsSlo) return last;
  }
  if (last === null) throw new Error('staticPeak: empty search');
  return { ...last, policyLabel: `${last.policyLabel}, the largest tried: none up to ×${STATIC_SEARCH_LIMIT} passes` };
}

export function recommendScaling(req: ScalingRequest): ScalingRecommendation {
  const c = req.capacity;
  const platform = replayPlatform(c, req.metricLagSeconds);
  const metric = chooseMetric(c);
  const min = minCapacity(c.baselineRps.value, c.perInstanceRpsLow, c.azCount.value);
  const { tt, step } = searchBoth(c, req.demand, req.metricLagSeconds, req.yearPeak);
  const [chosen, other] = pick(tt, step);
  const kind = chosen.policy.rule.kind === 'target-tracking' ? 'target-tracking' : 'step';
  const outMinutes = kind === 'target-tracking' ? TT_OUT_MINUTES : STEP_OUT_MINUTES;
  const reaction = reactionSeconds(outMinutes, platform, kind === 'target-tracking' ? '3 of 3, fixed by AWS for target tracking' : `${STEP_OUT_MINUTES} of ${STEP_OUT_MINUTES}, our own step alarm`);
  const formula = headroomUtilisation(req.demand, reaction.value);
  const u = chosen.utilisation;
  const byReplay =
    u === formula.value
      ? `The replay confirmed it: p95 stays under the SLO in ${pct(chosen.replay.summary.shareUnderSlo)} of minutes.`
      : chosen.replay.summary.meetsSlo
        ? `The replay lowered it to ${pct(u)}: above that p95 exceeded the SLO in more than 1 % of minutes.`
        : `Even at ${pct(u)} the replay keeps p95 under the SLO in only ${pct(chosen.replay.summary.shareUnderSlo)} of minutes (99 % needed).`;
  const targetValue = chosen.policy.rule.kind === 'target-tracking' ? chosen.policy.rule.targetValue : chosen.policy.rule.kind === 'step' ? chosen.policy.rule.scaleOut.alarm.threshold : 0;
  const perInstanceAtTarget = u * c.perInstanceRpsLow;
  const unit = metric.value === 'ALBRequestCountPerTarget' ? 'requests per target per minute' : '% average CPU';
  const today = req.today ?? assumedTemplatePolicy(min.value, chosen.policy.maxCapacity);
  const attempt = (cap: CapacityInput, series: DemandSeries): ReplayResult => {
    const s = searchBoth(cap, series, req.metricLagSeconds, req.yearPeak);
    return pick(s.tt, s.step)[0].replay;
  };
  return {
    policy: chosen.policy,
    alternative: { ...other.policy, label: alternativeLabel(other.policy.label) },
    metric,
    planningRpsPerInstance: {
      value: c.perInstanceRpsLow,
      reasoning: `One instance sustains ${rps(c.perInstanceRps.value)} (${c.perInstanceRps.note}); the rules plan with the low end of its uncertainty band, ${rps(c.perInstanceRpsLow)}.`,
    },
    minCapacity: min,
    maxCapacity: chosen.maxCapacity,
    reactionSeconds: reaction,
    utilisation: { value: u, reasoning: `${formula.reasoning} ${byReplay}` },
    targetValue: {
      value: targetValue,
      reasoning: `${pct(u)} of ${rps(c.perInstanceRpsLow)} is ${rps(perInstanceAtTarget)} per instance, which reads ${targetValue} ${unit}.${kind === 'target-tracking' ? ' Target tracking scales in only when the metric stays about 10 % below this for 15 minutes, so it will sit slightly under the target most of the time.' : ''}`,
    },
    instanceWarmupSeconds: {
      value: c.warmupSeconds.value,
      reasoning: `Turn on default instance warmup at ${secs(c.warmupSeconds.value)} (${c.warmupSeconds.note}): new instances do not count in the group's metrics until warm, so a cold instance's spike neither triggers more scaling nor hides the load.`,
    },
    scheduled: chosen.policy.scheduled,
    trials: [...tt.trials, ...step.trials],
    meetsSlo: chosen.replay.summary.meetsSlo,
    mustChange: chosen.replay.summary.meetsSlo ? [] : whatMustChange(c, req.demand, chosen.replay, attempt, scaledCapacity),
    demand: req.demand,
    replays: {
      recommended: chosen.replay,
      alternative: { ...other.replay, policyLabel: alternativeLabel(other.replay.policyLabel) },
      today: replay(today, req.demand, platform),
      staticPeak: staticPeak(req.demand, c.perInstanceRpsLow, min.value, platform),
    },
  };
}
