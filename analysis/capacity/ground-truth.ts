// The testbed's ground truth (ground-truth.json, schema moodle-capacity/testbed-ground-truth@1: the
// capacity the testbed was built with) and how the capacity model's findings compare with it:
// per-instance capacity within a tolerance (±10 %), and the same bottleneck (the ground truth names
// the limiting resource and the one that saturates for it, e.g. session-store via db-cpu). Pure.
import type { GroundTruthComparison, ResourceName } from '../types.ts';

export const GROUND_TRUTH_SCHEMA = 'moodle-capacity/testbed-ground-truth@1';
export const GROUND_TRUTH_TOLERANCE = 0.1;

export interface GroundTruthFacts {
  readonly file: string;
  readonly profile: string | null;
  readonly resource: string;
  readonly via: string;
  readonly instances: number;
  readonly capacityRps: number;
}

/** The facts the comparison needs, or what is wrong with the file. */
export function parseGroundTruth(file: string, json: unknown): GroundTruthFacts | string {
  if (typeof json !== 'object' || json === null) return `${file}: ground truth; expected an object, got ${JSON.stringify(json)}`;
  const o = json as Record<string, unknown>;
  if (o['schema'] !== GROUND_TRUTH_SCHEMA) return `${file}: schema; expected ${GROUND_TRUTH_SCHEMA}, got ${JSON.stringify(o['schema'])}`;
  const b = o['bottleneck'] as Record<string, unknown> | undefined;
  if (typeof b !== 'object' || b === null) return `${file}: bottleneck; expected an object, got ${JSON.stringify(b)}`;
  if (typeof b['resource'] !== 'string' || typeof b['via'] !== 'string') return `${file}: bottleneck.resource and .via; expected resource names, got ${JSON.stringify([b['resource'], b['via']])}`;
  if (typeof b['capacityRps'] !== 'number' || !(b['capacityRps'] > 0)) return `${file}: bottleneck.capacityRps; expected a positive number, got ${JSON.stringify(b['capacityRps'])}`;
  if (typeof b['instances'] !== 'number' || !(b['instances'] >= 1)) return `${file}: bottleneck.instances; expected a number ≥ 1, got ${JSON.stringify(b['instances'])}`;
  const profile = (o['profile'] as { name?: unknown } | undefined)?.name;
  return { file, profile: typeof profile === 'string' ? profile : null, resource: b['resource'], via: b['via'], instances: b['instances'], capacityRps: b['capacityRps'] };
}

export function compareWithGroundTruth(
  gt: GroundTruthFacts,
  measured: { readonly perInstanceRps: number | null; readonly bottleneck: ResourceName | null },
  tolerance = GROUND_TRUTH_TOLERANCE,
): GroundTruthComparison {
  const expected = gt.capacityRps / gt.instances;
  const error = measured.perInstanceRps === null ? null : (measured.perInstanceRps - expected) / expected;
  return {
    file: gt.file,
    profile: gt.profile,
    expectedPerInstanceRps: expected,
    measuredPerInstanceRps: measured.perInstanceRps,
    relativeError: error,
    withinTolerance: error !== null && Math.abs(error) <= tolerance,
    tolerance,
    expectedBottleneck: gt.resource,
    expectedVia: gt.via,
    measuredBottleneck: measured.bottleneck,
    bottleneckMatches: measured.bottleneck !== null && (measured.bottleneck === gt.resource || measured.bottleneck === gt.via),
  };
}
