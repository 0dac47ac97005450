// Reserved-instance and Savings Plan sizing for a year of hourly demand: each priced option gets its
// break-even count, its yearly cost against all on-demand and its break-even month.
import { commitmentLabel, termYears, type CommitmentId, type InstancePrice } from '../../pricing/types.ts';
import type { NonProduction, YearDemand } from '../demand/types.ts';
import { breakEvenCount, costWith, hoursAtLeast } from './break-even.ts';
import { breakEvenMonth } from './break-even-month.ts';
import { offHoursSaving } from './off-hours.ts';
import type { CommitmentOption, RiSizing } from './types.ts';

export interface SizingRequest {
  readonly region: string;
  readonly instanceType: string;
  readonly price: InstancePrice;
  readonly demand: YearDemand;
  readonly instancesByHour: readonly number[];
  readonly nonProduction: NonProduction | null;
}

function option(req: SizingRequest, id: CommitmentId): CommitmentOption | null {
  const c = req.price.commitments[id];
  if (c === undefined) return null;
  const od = req.price.onDemandHourly;
  const n = req.instancesByHour;
  const uStar = c.effectiveHourly / od;
  const k = breakEvenCount(n, uStar);
  const share = k === 0 ? 1 : (hoursAtLeast(n)[k] ?? 0) / n.length;
  const cost = costWith(n, k, od, c.effectiveHourly);
  const allOd = costWith(n, 0, od, c.effectiveHourly);
  const upfrontKnown = c.upfront !== undefined || id.endsWith('no-upfront');
  const month = upfrontKnown ? breakEvenMonth(n, k, od, c.effectiveHourly, c.upfront, termYears(id)) : null;
  const note =
    k === 0
      ? `Even one would be idle too often: fewer than ${Math.round(uStar * 100)} % of hours need it.`
      : `${k} needed in ${Math.round(share * 100)} % of hours, above the break-even ${Math.round(uStar * 100)} %${upfrontKnown ? '' : '; the upfront amount is not in the price file, so no break-even month'}.`;
  return { id, label: commitmentLabel(id), effectiveHourly: c.effectiveHourly, breakEvenUtilisation: uStar, count: k, shareAtCount: share, annualCost: cost, annualSavings: allOd - cost, breakEvenMonth: month, note };
}

export function sizeCommitments(req: SizingRequest): RiSizing {
  const od = req.price.onDemandHourly;
  const ids = Object.keys(req.price.commitments) as CommitmentId[];
  const options = ids.map((id) => option(req, id)).filter((o): o is CommitmentOption => o !== null);
  const best = options.reduce<CommitmentOption | null>((b, o) => (o.annualSavings > (b?.annualSavings ?? 0) ? o : b), null);
  const notes: string[] = [];
  if (options.length === 0) notes.push(`The price file has no reserved-instance or Savings Plan rates for ${req.instanceType} in ${req.region}: only on-demand costs are shown.`);
  if (options.some((o) => o.id.includes('3yr'))) notes.push('Three-year options assume the coming year repeats; growth beyond it only adds on-demand hours.');
  const np = req.nonProduction;
  const off = np === null ? null : offHoursSaving(np, req.demand.startMs, req.instancesByHour.length, od);
  return {
    region: req.region,
    instanceType: req.instanceType,
    onDemandHourly: od,
    priceSource: req.price.source,
    priceDate: req.price.date,
    demandSource: req.demand.source,
    hours: req.instancesByHour.length,
    instancesByHour: req.instancesByHour,
    allOnDemandCost: costWith(req.instancesByHour, 0, od, od),
    options,
    best,
    offHours:
      np === null || off === null
        ? null
        : {
            instances: np.instances,
            hoursOffPerYear: off.hoursOff,
            annualSavings: off.annualSavings,
            reasoning: `${np.instances} non-production instance${np.instances === 1 ? '' : 's'} switched off outside ${np.businessHours.from}:00–${np.businessHours.to}:00 on days ${np.businessHours.days.join(',')} (UTC) run ${off.hoursOff} fewer hours a year at $${od}/h on demand.`,
          },
    notes,
  };
}
