// The one adapter from analysis.json to the rules' input: measured values from the capacity model, the
// time grid when there is none, facts and flags on top, assumptions marked as such.
import { describe, expect, it } from 'vitest';
import { CLIError } from '../../cli/errors.ts';
import { capacityFromAnalysis } from '../../recommend/from-analysis.ts';
import { capacityAnalysis, INSTANCES } from '../reports/capacity-fixture.ts';
import { makeAnalysis } from '../reports/fixture.ts';

describe('capacityFromAnalysis', () => {
  it('takes capacity, band, CPU fit, bottleneck and instances from the capacity model', () => {
    const a = capacityAnalysis();
    const { capacity: c, region } = capacityFromAnalysis({ analysis: a, facts: {}, flags: {} });
    const est = a.capacity?.maxSustainableRps.perInstance;
    expect(c.perInstanceRps).toMatchObject({ value: est?.value, source: 'measured' });
    expect(c.perInstanceRpsLow).toBe(est?.low);
    expect(c.instancesUnderTest).toBe(INSTANCES);
    expect(c.cpu).toEqual({ interceptPct: 4, slopePctPerRps: 2.6, r2: 0.99 });
    expect(c.bottleneck?.value).toBe('web CPU');
    expect(c.sloP95Ms).toMatchObject({ value: 1000, source: 'measured' });
    expect(c.latencyCurve.length).toBeGreaterThan(10);
    expect(c.bootSeconds.source).toBe('assumed');
    expect(region).toBe('us-east-1');
  });

  it('lets the facts file override, and flags override the facts file', () => {
    const { capacity: c, region } = capacityFromAnalysis({ analysis: capacityAnalysis(), facts: { bootSeconds: 300, azCount: 3, region: 'eu-west-2' }, flags: { bootSeconds: 120 } });
    expect(c.bootSeconds).toMatchObject({ value: 120, source: 'flag' });
    expect(c.azCount).toMatchObject({ value: 3, source: 'facts file' });
    expect(region).toBe('eu-west-2');
  });

  it('falls back to the time grid when the analyzer has no capacity model', () => {
    // Base fixture: the fastest period with p95 ≤ 1500 ms and < 1 % errors is 80 requests/s on one instance.
    const { capacity: c } = capacityFromAnalysis({ analysis: makeAnalysis(), facts: {}, flags: {} });
    expect(c.perInstanceRps.value).toBe(80);
    expect(c.perInstanceRps.note).toContain('highest period rate');
    expect(c.perInstanceRpsLow).toBeCloseTo(68, 9);
    expect(c.sloP95Ms.source).toBe('assumed');
  });

  it('divides each period by the instances then in service: a scale-out does not double the capacity', () => {
    // The base fixture on one instance, then the same periods served by two: per instance, half the rate.
    const a = makeAnalysis();
    const two = { ...a, grid: { ...a.grid, points: a.grid.points.map((p) => ({ ...p, instances: 2 })) } };
    const one = capacityFromAnalysis({ analysis: { ...a, grid: { ...a.grid, points: a.grid.points.map((p) => ({ ...p, instances: 1 })) } }, facts: {}, flags: {} }).capacity;
    const { capacity: c } = capacityFromAnalysis({ analysis: two, facts: {}, flags: {} });
    expect(c.perInstanceRps.value).toBe(40);
    expect(c.latencyCurve.map((p) => p.rpsPerInstance * 2)).toEqual(one.latencyCurve.map((p) => p.rpsPerInstance));
    // A count given on the command line wins over the measured one.
    expect(capacityFromAnalysis({ analysis: two, facts: {}, flags: { instancesUnderTest: 1 } }).capacity.perInstanceRps.value).toBe(80);
  });

  it('asks for the capacity when no period met the SLO', () => {
    const a = makeAnalysis();
    const hot = { ...a, grid: { ...a.grid, points: a.grid.points.map((p) => ({ ...p, p95Ms: 99_999 })) } };
    expect(() => capacityFromAnalysis({ analysis: hot, facts: {}, flags: {} })).toThrow(CLIError);
    expect(capacityFromAnalysis({ analysis: hot, facts: {}, flags: { perInstanceRps: 12 } }).capacity.perInstanceRps.value).toBe(12);
  });
});
