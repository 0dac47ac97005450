import { describe, expect, it } from 'vitest';
import { compareWithGroundTruth, parseGroundTruth } from '../../../analysis/capacity/ground-truth.ts';

const truth = { schema: 'moodle-capacity/testbed-ground-truth@1', profile: { name: 'db-sessions' }, bottleneck: { resource: 'session-store', via: 'db-cpu', instances: 2, capacityRps: 90, why: '…' } };

describe('ground truth', () => {
  it('reads what the comparison needs from ground-truth.json and says what is wrong otherwise', () => {
    expect(parseGroundTruth('gt.json', truth)).toEqual({ file: 'gt.json', profile: 'db-sessions', resource: 'session-store', via: 'db-cpu', instances: 2, capacityRps: 90 });
    expect(parseGroundTruth('gt.json', { ...truth, schema: 'x' })).toMatch(/gt\.json: schema; expected moodle-capacity\/testbed-ground-truth@1, got "x"/);
    expect(parseGroundTruth('gt.json', { ...truth, bottleneck: { ...truth.bottleneck, capacityRps: 0 } })).toMatch(/capacityRps; expected a positive number/);
  });
  it('accepts the limiting resource or the one that saturates for it, within ±10 %', () => {
    const gt = parseGroundTruth('gt.json', truth);
    if (typeof gt === 'string') throw new Error(gt);
    expect(compareWithGroundTruth(gt, { perInstanceRps: 49, bottleneck: 'db-cpu' })).toMatchObject({ expectedPerInstanceRps: 45, withinTolerance: true, bottleneckMatches: true });
    expect(compareWithGroundTruth(gt, { perInstanceRps: 50, bottleneck: 'session-store' })).toMatchObject({ withinTolerance: false, bottleneckMatches: true });
    expect(compareWithGroundTruth(gt, { perInstanceRps: null, bottleneck: null })).toMatchObject({ relativeError: null, withinTolerance: false, bottleneckMatches: false });
  });
});
