import { describe, expect, it } from 'vitest';
import { littlesLawCheck } from '../../../analysis/capacity/littles-law.ts';
import { point } from './grid-points.ts';

describe("littlesLawCheck (the load generator's own Little's law)", () => {
  it('passes a closed-model run whose VUs were busy in iterations', () => {
    // 20 iterations a minute of 30 s each keep 10 VUs busy: L = 20/60 × 30 = 10.
    const c = littlesLawCheck([point(0, { iterations: 20, vusMean: 10 }), point(1, { iterations: 20, vusMean: 10 })], 60, { openModel: false, droppedIterations: 0, sloP95Ms: 1000 });
    expect(c).toMatchObject({ valid: true, busyRatioMedian: 1, periods: 2 });
  });

  it('fails a run that dropped iterations, or whose arrival-rate VUs were all busy at vus_max', () => {
    const dropped = littlesLawCheck([point(0, { droppedIterations: 5 }), point(1, { droppedIterations: 7, p95Ms: 4000 })], 60, { openModel: true, droppedIterations: 12, sloP95Ms: 1000 });
    expect(dropped.valid).toBe(false);
    expect(dropped.reasons[0]).toMatch(/dropped 12 iteration\(s\) \(5 in periods where the site still met the SLO/);
    const overloaded = littlesLawCheck([point(0, { droppedIterations: 7, p95Ms: 4000 })], 60, { openModel: true, droppedIterations: 7, sloP95Ms: 1000 });
    expect(overloaded.reasons[0]).toMatch(/all in periods where the site already broke the SLO/);
    const atLimit = littlesLawCheck([point(0, { iterations: 100, vusMean: 50, vusMax: 50, vusAllocated: 50 })], 60, { openModel: true, droppedIterations: 0, sloP95Ms: 1000 });
    expect(atLimit).toMatchObject({ valid: false, periodsAtVuLimit: 1 });
  });

  it('fails a closed-model run whose VUs idled between iterations', () => {
    const c = littlesLawCheck([point(0, { iterations: 10, vusMean: 10 })], 60, { openModel: false, droppedIterations: 0, sloP95Ms: 1000 });
    expect(c.busyRatioMedian).toBe(0.5);
    expect(c.valid).toBe(false);
  });
});
