// Puts the pieces together (pure): scaling from the capacity and the peak, then commitments from the
// year's demand converted with the recommended policy, then the executive summary and assumptions.
import { commitmentLabel } from '../pricing/types.ts';
import type { InstancePrice, PriceFile } from '../pricing/types.ts';
import { calendarDemand, HOURS_PER_YEAR } from './demand/calendar-demand.ts';
import { historyDemand } from './demand/history-demand.ts';
import { instancesPerHour } from './demand/instances-per-hour.ts';
import type { HourlyPoint, TermCalendar, YearDemand } from './demand/types.ts';
import { expandProfile } from './demand-series.ts';
import { RECOMMENDATION_SCHEMA, type ExecutiveSummary, type Recommendation } from './recommendation-types.ts';
import { sizeCommitments } from './ri/size-commitments.ts';
import type { RiSizing } from './ri/types.ts';
import { recommendScaling } from './scaling/recommend-scaling.ts';
import type { CapacityInput, GroupPolicy, PeakProfile, ScalingRecommendation } from './types.ts';

export interface RecommendationInput {
  readonly generatedAt: string;
  readonly runDir: string | null;
  readonly region: string;
  readonly capacity: CapacityInput;
  readonly peak: PeakProfile;
  readonly today: GroupPolicy | null;
  readonly calendar: TermCalendar | null;
  readonly history: { readonly path: string; readonly points: readonly HourlyPoint[] } | null;
  readonly prices: PriceFile | null;
  /** The price of the instance type in the region, or null when the price file lacks it (with why). */
  readonly price: InstancePrice | null;
  readonly priceProblem: string | null;
}

function yearDemand(input: RecommendationInput): YearDemand | null {
  const fallbackPeak = 2 * input.capacity.baselineRps.value;
  const fromCalendar = input.calendar === null ? null : calendarDemand(input.calendar, fallbackPeak);
  if (input.history === null) return fromCalendar;
  const last = input.history.points.reduce((m, p) => Math.max(m, p.t), 0);
  const startMs = fromCalendar?.startMs ?? Math.floor(last / 3_600_000) * 3_600_000 + 3_600_000;
  const growth = input.calendar?.growth ?? 1;
  const source = `hourly history ${input.history.path}${fromCalendar === null ? '' : ` (gaps filled from ${fromCalendar.source})`}`;
  return historyDemand(input.history.points, startMs, growth, HOURS_PER_YEAR, fromCalendar, source);
}

function money(v: number, currency: string): string {
  return `${currency === 'USD' ? '$' : `${currency} `}${Math.round(v).toLocaleString('en-US')}`;
}

function summarise(input: RecommendationInput, scaling: ScalingRecommendation, ri: RiSizing | null): ExecutiveSummary {
  const c = input.capacity;
  const currency = input.prices?.currency ?? 'USD';
  const rule = scaling.policy.rule;
  const ruleText =
    rule.kind === 'target-tracking'
      ? `target tracking on ${rule.metric} at ${rule.targetValue}`
      : rule.kind === 'step'
        ? `step scaling on ${rule.metric} at ${rule.scaleOut.alarm.threshold}`
        : 'a fixed fleet';
  const events = scaling.scheduled.map((s) => `${s.minCapacity} before ${s.name.replace(/^prescale-/, '')}`).join(', ');
  const best = ri?.best ?? null;
  const buy =
    ri === null
      ? 'No commitment sizing: give a term calendar or hourly history.'
      : best === null
        ? `Nothing: ${ri.notes[0] ?? 'no option saves money'}`
        : `${best.count} × ${ri.instanceType} as ${commitmentLabel(best.id)}${ri.offHours === null ? '' : `; switch ${ri.offHours.instances} non-production instance${ri.offHours.instances === 1 ? '' : 's'} off out of hours`}.`;
  const annualCost = ri === null ? null : (best?.annualCost ?? ri.allOnDemandCost);
  const savings = ri === null ? null : (best?.annualSavings ?? 0) + (ri.offHours?.annualSavings ?? 0);
  return {
    testedSiteRps: c.perInstanceRps.value * c.instancesUnderTest,
    perInstanceRps: c.perInstanceRps.value,
    atMaxCapacityRps: scaling.maxCapacity.value * scaling.planningRpsPerInstance.value,
    learnersPerInstance: c.rpsPerLearner === null || c.rpsPerLearner <= 0 ? null : c.perInstanceRps.value / c.rpsPerLearner,
    breaksFirst: c.bottleneck?.value ?? 'not identified by this run',
    set: `min ${scaling.minCapacity.value}, max ${scaling.maxCapacity.value}, ${ruleText}, instance warmup ${scaling.instanceWarmupSeconds.value} s${events === '' ? '' : `; pre-scale to ${events}`}.`,
    buy: annualCost === null || savings === null ? buy : `${buy} Expected ${money(annualCost, currency)} a year for the web tier, saving ${money(savings, currency)}.`,
    annualCost,
    annualSavings: savings,
    currency,
  };
}

function assumptions(input: RecommendationInput, ri: RiSizing | null): string[] {
  const c = input.capacity;
  const n1 = (v: number): string => String(Number(v.toFixed(1)));
  const fact = <T>(name: string, f: { value: T; source: string; note: string }, shown: string): string => `${name}: ${shown} — ${f.note} (${f.source}).`;
  const out = [
    fact('Capacity per instance', c.perInstanceRps, `${n1(c.perInstanceRps.value)} requests/s`),
    fact('SLO', c.sloP95Ms, `p95 ≤ ${Math.round(c.sloP95Ms.value)} ms`),
    fact('Boot time', c.bootSeconds, `${Math.round(c.bootSeconds.value)} s`),
    fact('Warmup', c.warmupSeconds, `${Math.round(c.warmupSeconds.value)} s`),
    fact('Availability zones', c.azCount, String(c.azCount.value)),
    fact('Baseline load', c.baselineRps, `${n1(c.baselineRps.value)} requests/s`),
    fact('Instance type', c.instanceType, c.instanceType.value),
  ];
  out.push(`Planning uses the low end of the capacity band: ${c.perInstanceRpsLow.toFixed(1)} requests/s per instance (band ${c.perInstanceRpsLow.toFixed(1)}–${c.perInstanceRpsHigh.toFixed(1)}).`);
  out.push('An instance serves only after boot + warmup, and counts in the scaling metrics only then; CloudWatch datapoints reach alarms one minute late.');
  out.push('Latency follows the measured curve inside the tested range and a single-queue model beyond it; requests above an instance’s saturation rate time out (errors).');
  out.push(`Peak replayed: ${input.peak.label} (${input.peak.source}).`);
  if (input.calendar?.peakRps === null) out.push(`The calendar gives no busiest in-term hour; assumed twice the baseline (${(2 * c.baselineRps.value).toFixed(1)} requests/s).`);
  if (ri !== null) out.push('Yearly demand is hourly averages: peaks inside an hour are handled by scaling, which commitments do not affect.');
  if (input.prices !== null) out.push(`Prices: ${input.prices.label} (${input.prices.path}, snapshot ${input.prices.snapshotDate}).`);
  if (input.priceProblem !== null) out.push(input.priceProblem);
  return out;
}

export function buildRecommendation(input: RecommendationInput): Recommendation {
  const demand = yearDemand(input);
  const yearPeak = demand === null || demand.rps.length === 0 ? null : { rps: Math.max(...demand.rps), what: `the year's busiest hour, from the ${demand.source}` };
  const scaling = recommendScaling({ capacity: input.capacity, demand: expandProfile(input.peak), today: input.today, yearPeak });
  const perInstanceAtTarget = scaling.utilisation.value * scaling.planningRpsPerInstance.value;
  const ri =
    demand === null || input.price === null
      ? null
      : sizeCommitments({
          region: input.region,
          instanceType: input.capacity.instanceType.value,
          price: input.price,
          demand,
          instancesByHour: instancesPerHour(demand.rps, perInstanceAtTarget, scaling.minCapacity.value),
          nonProduction: input.calendar?.nonProduction ?? null,
        });
  return {
    schema: RECOMMENDATION_SCHEMA,
    generatedAt: input.generatedAt,
    runDir: input.runDir,
    region: input.region,
    capacity: input.capacity,
    summary: summarise(input, scaling, ri),
    scaling,
    ri,
    prices: input.prices === null ? null : { path: input.prices.path, label: input.prices.label, snapshotDate: input.prices.snapshotDate, currency: input.prices.currency },
    peak: { label: input.peak.label, source: input.peak.source },
    assumptions: assumptions(input, ri),
  };
}
