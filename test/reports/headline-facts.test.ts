// The headline numbers: a run whose group scaled is described per instance in service, with its range.
import { describe, expect, it } from 'vitest';
import { headlineFacts } from '../../reports/headline-facts.ts';
import { capacityAnalysis, INSTANCES } from './capacity-fixture.ts';

describe('headlineFacts', () => {
  it('has no scaling range for a fixed fleet', () => {
    const a = capacityAnalysis();
    const f = headlineFacts({ analysis: a, recommendation: null });
    expect(f.scaledBetween).toBeNull();
    expect(f.instancesUnderTest).toBe(INSTANCES);
  });

  it('gives the fewest and most instances in service over loaded periods when the group scaled', () => {
    const a = capacityAnalysis();
    const points = a.grid.points.map((p, i) => ({ ...p, instances: i < 3 ? 1 : i < 6 ? 2.5 : 3 }));
    // An idle period's count does not widen the range.
    const idle = points.map((p, i) => (i === 0 ? { ...p, requests: 0, instances: 9 } : p));
    expect(headlineFacts({ analysis: { ...a, grid: { ...a.grid, points } }, recommendation: null }).scaledBetween).toEqual({ min: 1, max: 3 });
    expect(headlineFacts({ analysis: { ...a, grid: { ...a.grid, points: idle } }, recommendation: null }).scaledBetween).toEqual({ min: 1, max: 3 });
  });
});
