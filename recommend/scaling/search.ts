// Finds, for one kind of rule, the highest utilisation whose replay keeps p95 under the SLO in ≥ 99 %
// of minutes: start from the headroom formula's value and step down by 5 points until the replay
// passes (or the floor is reached). Higher utilisation = fewer instances, so the first pass is the pick.
import { peakOf } from '../demand-series.ts';
import { replay } from '../replay/replay.ts';
import type { ReplayPlatform, ReplayResult } from '../replay/types.ts';
import type { CandidateTrial, DemandSeries, GroupPolicy, Reasoned, ScalingRule } from '../types.ts';
import { expectedPeak, maxCapacity, type ExpectedPeak } from './max-capacity.ts';
import { stepScaling, targetTracking, type PolicyFacts } from './policies.ts';
import { scheduledActions } from './prescale.ts';
import { MIN_UTILISATION } from './utilisation.ts';

export interface SearchInput {
  readonly kind: 'target-tracking' | 'step';
  readonly startUtilisation: number;
  readonly facts: PolicyFacts;
  readonly series: DemandSeries;
  readonly platform: ReplayPlatform;
  readonly minCapacity: number;
  /** The year's busiest hour (calendar or history), when known: the maximum must reach it too. */
  readonly yearPeak: ExpectedPeak | null;
}

export interface SearchResult {
  readonly policy: GroupPolicy;
  readonly utilisation: number;
  readonly maxCapacity: Reasoned<number>;
  readonly replay: ReplayResult;
  readonly trials: readonly CandidateTrial[];
}

export function groupPolicyAt(input: SearchInput, u: number): { policy: GroupPolicy; max: Reasoned<number> } {
  const perInstance = u * input.facts.planningRpsPerInstance;
  const rule: ScalingRule = input.kind === 'target-tracking' ? targetTracking(u, input.facts) : stepScaling(u, input.facts);
  const scheduled = scheduledActions(input.series, perInstance, input.minCapacity, input.platform.bootSeconds + input.platform.warmupSeconds);
  const max = maxCapacity(expectedPeak(peakOf(input.series), input.yearPeak), perInstance, input.minCapacity, scheduled.reduce((m, a) => Math.max(m, a.minCapacity), 0));
  const label = input.kind === 'target-tracking' ? 'Recommended: target tracking' : 'Recommended: step scaling';
  return { policy: { label, minCapacity: input.minCapacity, maxCapacity: max.value, rule, scheduled }, max };
}

export function searchUtilisation(input: SearchInput): SearchResult {
  const trials: CandidateTrial[] = [];
  let best: SearchResult | null = null;
  for (let step = Math.round(input.startUtilisation * 20); step >= Math.round(MIN_UTILISATION * 20); step--) {
    const u = step / 20;
    const { policy, max } = groupPolicyAt(input, u);
    const r = replay(policy, input.series, input.platform);
    trials.push({ kind: input.kind, utilisation: u, shareUnderSlo: r.summary.shareUnderSlo, instanceHours: r.summary.instanceHours });
    const candidate = { policy, utilisation: u, maxCapacity: max, replay: r, trials };
    if (r.summary.meetsSlo) return candidate;
    // Remember the best failure so "no policy can" still shows the closest attempt.
    if (best === null || r.summary.shareUnderSlo > best.replay.summary.shareUnderSlo) best = candidate;
  }
  if (best === null) throw new Error('searchUtilisation: empty utilisation range');
  return { ...best, trials };
}
