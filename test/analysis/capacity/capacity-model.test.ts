import { describe, expect, it } from 'vitest';
import { capacityModel, type CapacityInput } from '../../../analysis/capacity/capacity-model.ts';
import { point, T0 } from './grid-points.ts';
import { series } from './series.ts';

// A ramp on 2 web instances: per-instance goodput x = 5 … 100 req/s; web CPU U = 4 + 0.8·x (100 % at
// 120 req/s per instance, 240 site), DB CPU U = 10 + 0.1·site (100 % at 900 site). p95 breaks 1 s above
// 170 req/s for the site. Concurrency in flight follows a USL with σ = 0.02, κ = 0.
function input(overrides: Partial<CapacityInput> = {}): CapacityInput {
  const points = Array.from({ length: 20 }, (_, i) => {
    const x = 5 + 5 * i;
    const site = 2 * x;
    return point(i, {
      requests: site * 60,
      p95Ms: site <= 170 ? 300 + site : 3000,
      concurrency: 2 * (x / 10),
      cloudwatch: { asg_cpu: 4 + 0.8 * x + ((i % 3) - 1) * 0.3, rds_cpu: 10 + 0.1 * site, asg_in_service: 2 },
    });
  });
  const cw = (id: string) => points.map((p) => ({ t: p.t, v: p.cloudwatch[id] ?? 0 }));
  return {
    points,
    periodSeconds: 60,
    series: [series('asg_cpu', 'web_cpu', cw('asg_cpu')), series('rds_cpu', 'db_cpu', cw('rds_cpu')), { ...series('asg_in_service', 'instances', cw('asg_in_service')), namespace: 'AWS/AutoScaling' }],
    slo: { p95Ms: 1000, source: 'test' },
    openModel: true,
    totals: { requests: 100_000, iterations: 10_000, iterationDurationMeanMs: 60_000, droppedIterations: 0 },
    instancesHint: null,
    sessions: null,
    groundTruth: null,
    ...overrides,
  };
}

describe('capacityModel', () => {
  it('names the resource that saturates first, with its evidence, and derives site and per-instance figures', () => {
    const m = capacityModel(input());
    expect(m.instances).toEqual({ count: 2, source: 'CloudWatch asg_in_service' });
    expect(m.bottleneck?.resource).toBe('web-cpu');
    expect(m.bottleneck?.evidence[1]).toMatch(/db-cpu \(rds_cpu\) would saturate later, at 900\.0 req\/s/);
    expect(m.saturationRps.site?.value).toBeCloseTo(240, 0);
    expect(m.saturationRps.perInstance?.value).toBeCloseTo(120, 0);
    expect(m.knee).toMatchObject({ throughputRps: 170, firstBreachRps: 180 });
    expect(m.maxSustainableRps.site).toMatchObject({ value: 170, high: 180 });
    expect(m.maxSustainableRps.perInstance?.value).toBe(85);
    // 10 requests per 60-second iteration: 1/6 req/s per learner; 85 req/s per instance → 510 learners.
    expect(m.learnersPerInstance?.value).toBeCloseTo(510, 6);
    expect(m.valid).toBe(true);
    expect(m.usl?.basis).toBe('per-instance');
  });

  it('compares with the ground truth: per-instance capacity within ±10 % and the same bottleneck', () => {
    const gt = { file: 'ground-truth.json', profile: 'web-bound', resource: 'web-cpu', via: 'web-cpu', instances: 2, capacityRps: 250 };
    const m = capacityModel(input({ groundTruth: gt }));
    expect(m.groundTruth).toMatchObject({ expectedPerInstanceRps: 125, withinTolerance: true, bottleneckMatches: true });
    expect(m.groundTruth?.relativeError).toBeCloseTo((m.saturationRps.perInstance?.value ?? 0) / 125 - 1, 12);
    const wrong = capacityModel(input({ groundTruth: { ...gt, resource: 'session-store', via: 'db-cpu', capacityRps: 400 } }));
    expect(wrong.groundTruth).toMatchObject({ withinTolerance: false, bottleneckMatches: false });
  });

  it('blames an unmeasured limit when latency breaks while every measured resource is far from its ceiling', () => {
    const base = input();
    const points = base.points.map((p) => ({ ...p, p95Ms: p.rps <= 90 ? 300 : 3000 }));
    const m = capacityModel({ ...base, points });
    expect(m.bottleneck?.resource).toBe('web-workers');
    expect(m.bottleneck?.saturationSiteRps).toMatchObject({ value: 90, high: 100 });
  });

  it('marks a run whose generator dropped iterations as invalid and says why', () => {
    const m = capacityModel(input({ totals: { requests: 100_000, iterations: 10_000, iterationDurationMeanMs: 60_000, droppedIterations: 7 } }));
    expect(m.valid).toBe(false);
    expect(m.invalidReasons[0]).toMatch(/dropped 7 iteration/);
    expect(m.notes.join(' ')).toMatch(/lower bounds/);
  });

  it('falls back to the description’s instance count, then to one instance with a note', () => {
    const base = input();
    const noCount = { ...base, series: base.series.filter((s) => s.role !== 'instances') };
    expect(capacityModel({ ...noCount, instancesHint: 4 }).instances).toEqual({ count: 4, source: 'the environment description (instances)' });
    const unknown = capacityModel(noCount);
    expect(unknown.instances.count).toBe(1);
    expect(unknown.notes[0]).toMatch(/number of web instances is unknown/);
    expect(T0).toBeGreaterThan(0);
  });

  it('puts periods after a scale-out on the usual instance count: the knee is per instance, not per site', () => {
    // One instance breaks the SLO above 50 req/s. The group scales to 2 for the last periods, which
    // carry 80 req/s at 40 per instance and meet the SLO: still 40 per instance, not 80.
    const rates = [10, 20, 30, 40, 50, 60, 70, 80, 80, 80, 80];
    const counts = [1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2];
    const points = rates.map((rps, i) => {
      const perInstance = rps / (counts[i] ?? 1);
      return point(i, { requests: rps * 60, p95Ms: perInstance <= 50 ? 200 + perInstance : 2500, concurrency: perInstance / 10, cloudwatch: { asg_in_service: counts[i] ?? 1 } });
    });
    const count = { ...series('asg_in_service', 'instances', points.map((p) => ({ t: p.t, v: p.cloudwatch['asg_in_service'] ?? 0 }))), namespace: 'AWS/AutoScaling' };
    const m = capacityModel({ ...input(), points, series: [count] });
    expect(m.instances.count).toBe(1);
    expect(m.knee).toMatchObject({ throughputRps: 50, firstBreachRps: 60 });
    expect(m.maxSustainableRps.perInstance?.value).toBe(50);
    expect(m.notes.join(' ')).toMatch(/instance count changed during the run/);
    // Without the count, the scaled periods would have set the knee at 80.
    expect(capacityModel({ ...input(), points, series: [] }).knee?.throughputRps).toBe(80);
  });
});
