// Facts about the environment the analysis cannot know (boot time, zones, baseline, instance type),
// and overrides of what it measured. From a facts file (--facts FILE) and/or flags; flags win.
import { readFileSync } from 'node:fs';
import { CLIError } from '../cli/errors.ts';

export interface Facts {
  readonly perInstanceRps?: number;
  readonly perInstanceRpsLow?: number;
  readonly perInstanceRpsHigh?: number;
  readonly sloP95Ms?: number;
  readonly baseP95Ms?: number;
  readonly bootSeconds?: number;
  readonly warmupSeconds?: number;
  readonly azCount?: number;
  readonly baselineRps?: number;
  readonly instancesUnderTest?: number;
  readonly instanceType?: string;
  readonly region?: string;
  readonly bottleneck?: string;
  readonly rpsPerLearner?: number;
}

const NUMERIC: readonly (keyof Facts)[] = ['perInstanceRps', 'perInstanceRpsLow', 'perInstanceRpsHigh', 'sloP95Ms', 'baseP95Ms', 'bootSeconds', 'warmupSeconds', 'azCount', 'baselineRps', 'instancesUnderTest', 'rpsPerLearner'];
const TEXT: readonly (keyof Facts)[] = ['instanceType', 'region', 'bottleneck'];

export function parseFacts(path: string, json: unknown): Facts {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new CLIError('CONFIG', `${path}: facts; expected an object, got ${JSON.stringify(json)}`);
  const o = json as Record<string, unknown>;
  const out: Record<string, number | string> = {};
  for (const [key, v] of Object.entries(o)) {
    if (key === 'schema' || key === 'comment') continue;
    if ((NUMERIC as readonly string[]).includes(key)) {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new CLIError('CONFIG', `${path}: ${key}; expected a number ≥ 0, got ${JSON.stringify(v)}`);
      out[key] = v;
    } else if ((TEXT as readonly string[]).includes(key)) {
      if (typeof v !== 'string' || v === '') throw new CLIError('CONFIG', `${path}: ${key}; expected a non-empty string, got ${JSON.stringify(v)}`);
      out[key] = v;
    } else {
      throw new CLIError('CONFIG', `${path}: unknown key ${JSON.stringify(key)}; expected one of ${[...NUMERIC, ...TEXT].join(', ')}`);
    }
  }
  for (const key of ['perInstanceRps', 'azCount', 'instancesUnderTest', 'sloP95Ms'] as const) {
    if (out[key] === 0) throw new CLIError('CONFIG', `${path}: ${key}; expected a number > 0, got 0`);
  }
  return out as Facts;
}

export function loadFacts(path: string): Facts {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CLIError('CONFIG', `cannot read the facts file ${path}: ${(error as Error).message}`);
  }
  return parseFacts(path, json);
}
