// Reads a peak profile file (--peak FILE): {"schema": "moodle-capacity/peak@1", "label", "startRps",
// "stages": [{"minutes", "toRps", "event"?}]}. Stages ramp linearly, like k6 stages but in site
// requests/s; labelled stages are known events and get scheduled pre-scaling.
import { readFileSync } from 'node:fs';
import { CLIError } from '../cli/errors.ts';
import type { PeakProfile, PeakStage } from './types.ts';
import { configError } from '../io/config-error.ts';

function num(path: string, what: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) configError(path, what, 'a number ≥ 0', v);
  return v;
}

export function parsePeak(path: string, json: unknown): PeakProfile {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) configError(path, 'peak profile', 'an object', json);
  const o = json as Record<string, unknown>;
  if (o['schema'] !== 'moodle-capacity/peak@1') configError(path, 'schema', '"moodle-capacity/peak@1"', o['schema']);
  const stages = o['stages'];
  if (!Array.isArray(stages) || stages.length === 0) configError(path, 'stages', 'a non-empty list of {minutes, toRps, event?}', stages);
  const parsed: PeakStage[] = stages.map((s: unknown, i) => {
    const st = (typeof s === 'object' && s !== null ? s : {}) as Record<string, unknown>;
    const event = st['event'];
    if (event !== undefined && (typeof event !== 'string' || event === '')) configError(path, `stages[${i}].event`, 'a label or nothing', event);
    return { minutes: num(path, `stages[${i}].minutes`, st['minutes']), toRps: num(path, `stages[${i}].toRps`, st['toRps']), ...(typeof event === 'string' ? { event } : {}) };
  });
  if (parsed.reduce((m, s) => m + s.minutes, 0) < 10) configError(path, 'stages', 'at least 10 minutes in total', stages);
  return { label: typeof o['label'] === 'string' ? o['label'] : path, source: 'facts file', startRps: num(path, 'startRps', o['startRps']), stages: parsed };
}

export function loadPeak(path: string): PeakProfile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CLIError('CONFIG', `cannot read the peak profile ${path}: ${(error as Error).message}`);
  }
  return parsePeak(path, json);
}
