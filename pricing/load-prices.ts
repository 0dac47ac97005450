// Reads and validates a price file once, with "what; expected X, got Y" messages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIError } from '../cli/errors.ts';
import { configError, objectAt, textAt, type Json } from '../io/config-error.ts';
import { projectRoot } from '../io/project-root.ts';
import { COMMITMENT_IDS, type CommitmentId, type CommitmentPrice, type InstancePrice, type PriceFile } from './types.ts';

export function snapshotPath(): string {
  return join(projectRoot(), 'pricing', 'ec2-prices.snapshot.json');
}

function price(path: string, what: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) configError(path, what, 'a price > 0 (USD per hour)', v);
  return v;
}

function commitments(path: string, where: string, v: unknown, onDemand: number): Partial<Record<CommitmentId, CommitmentPrice>> {
  const o = objectAt(path, where, v ?? {});
  const out: Partial<Record<CommitmentId, CommitmentPrice>> = {};
  for (const [id, raw] of Object.entries(o)) {
    if (!(COMMITMENT_IDS as readonly string[]).includes(id)) configError(path, `${where} key`, `one of ${COMMITMENT_IDS.join(', ')}`, id);
    const c = objectAt(path, `${where}.${id}`, raw);
    const effectiveHourly = price(path, `${where}.${id}.effectiveHourly`, c['effectiveHourly']);
    if (effectiveHourly >= onDemand) configError(path, `${where}.${id}.effectiveHourly`, `less than the on-demand rate ${onDemand}`, effectiveHourly);
    const upfront = c['upfront'];
    if (upfront !== undefined && (typeof upfront !== 'number' || !Number.isFinite(upfront) || upfront < 0)) configError(path, `${where}.${id}.upfront`, 'a number ≥ 0 or nothing', upfront);
    out[id as CommitmentId] = typeof upfront === 'number' ? { effectiveHourly, upfront } : { effectiveHourly };
  }
  return out;
}

export function parsePrices(path: string, json: unknown): PriceFile {
  const o = objectAt(path, 'price file', json);
  if (o['schema'] !== 'moodle-capacity/prices@1') configError(path, 'schema', '"moodle-capacity/prices@1"', o['schema']);
  const regions: Record<string, Record<string, InstancePrice>> = {};
  for (const [region, types] of Object.entries(objectAt(path, 'regions', o['regions']))) {
    regions[region] = {};
    for (const [type, raw] of Object.entries(objectAt(path, `regions.${region}`, types))) {
      const where = `regions.${region}.${type}`;
      const p = objectAt(path, where, raw);
      const onDemandHourly = price(path, `${where}.onDemandHourly`, p['onDemandHourly']);
      regions[region][type] = {
        onDemandHourly,
        source: textAt(path, `${where}.source`, p['source']),
        date: textAt(path, `${where}.date`, p['date']),
        commitments: commitments(path, `${where}.commitments`, p['commitments'], onDemandHourly),
      };
    }
  }
  const notes = o['notes'];
  return {
    path,
    label: textAt(path, 'label', o['label']),
    currency: textAt(path, 'currency', o['currency']),
    snapshotDate: textAt(path, 'snapshotDate', o['snapshotDate']),
    notes: Array.isArray(notes) ? notes.filter((n): n is string => typeof n === 'string') : [],
    regions,
  };
}

export function loadPrices(path: string = snapshotPath()): PriceFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CLIError('CONFIG', `cannot read the price file ${path}: ${(error as Error).message}`);
  }
  return parsePrices(path, json);
}

/** The price of one instance type in one region, or a CONFIG error naming what the file does have. */
export function instancePrice(prices: PriceFile, region: string, instanceType: string): InstancePrice {
  const inRegion = prices.regions[region];
  if (inRegion === undefined) {
    throw new CLIError('CONFIG', `${prices.path}: no prices for region ${region}; the file has ${Object.keys(prices.regions).join(', ')}. Pass --prices FILE with yours`);
  }
  const p = inRegion[instanceType];
  if (p === undefined) {
    throw new CLIError('CONFIG', `${prices.path}: no price for ${instanceType} in ${region}; the file has ${Object.keys(inRegion).join(', ')}. Pass --prices FILE with yours`);
  }
  return p;
}
