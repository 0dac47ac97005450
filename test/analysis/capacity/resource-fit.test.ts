import { describe, expect, it } from 'vitest';
import { fitResource } from '../../../analysis/capacity/resource-fit.ts';
import { point } from './grid-points.ts';
import { series } from './series.ts';

// Per-instance throughput 5 … 60 req/s on 2 instances, web CPU U = 5 + 0.8·x plus fixed noise.
// Expected values computed with numpy 2.4.6 / scipy 1.17.1 (linregress; the delta-method interval of
// (100 − a)/b from the OLS covariance; pearsonr, spearmanr).
const x = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60];
const u = [9.6, 12.6, 17.9, 19.9, 25.3, 29.7, 32.2, 37.2, 40.5, 46.0, 48.4, 53.1];
const points = x.map((xi, i) => point(i, { requests: xi * 2 * 60, cloudwatch: { asg_cpu: u[i] ?? null, rds_cpu: u[i] ?? null } }));

describe('fitResource', () => {
  it('fits web CPU against per-instance throughput and projects where it reaches 100 %', () => {
    const fit = fitResource({ points, periodSeconds: 60, series: series('asg_cpu', 'web_cpu'), instancesAt: () => 2, siteInstances: 2 });
    expect(fit?.resource).toBe('web-cpu');
    expect(fit?.fit.intercept).toBeCloseTo(5.156060606060603, 9);
    expect(fit?.fit.slope).toBeCloseTo(0.7962237762237763, 12);
    expect(fit?.pearson).toBeCloseTo(0.9988205757334243, 12);
    expect(fit?.spearman).toBeCloseTo(1, 12);
    // Site figures are per-instance × 2.
    expect(fit?.saturationSiteRps?.value).toBeCloseTo(2 * 119.11719070203173, 8);
    expect(fit?.saturationSiteRps?.low).toBeCloseTo(2 * 116.09211214291882, 6);
    expect(fit?.saturationSiteRps?.high).toBeCloseTo(2 * 122.14226926114465, 6);
    expect(fit?.maxObserved).toBe(53.1);
    expect(fit?.evidence).toMatch(/reaches 100 at 238\.2 req\/s/);
  });

  it('fits a shared tier against site throughput, and gives no saturation point to a flat metric', () => {
    const db = fitResource({ points, periodSeconds: 60, series: series('rds_cpu', 'db_cpu'), instancesAt: () => 2, siteInstances: 2 });
    expect(db?.throughputBasis).toBe('site');
    // The same numbers against site throughput (2x): the line is half as steep, the saturation point the same site rps.
    expect(db?.saturationSiteRps?.value).toBeCloseTo(2 * 119.11719070203173, 8);
    const flat = points.map((p, i) => ({ ...p, cloudwatch: { cache_cpu: 3 + (i % 2) } }));
    expect(fitResource({ points: flat, periodSeconds: 60, series: series('cache_cpu', 'session_cpu'), instancesAt: () => 2, siteInstances: 2 })?.saturationSiteRps).toBeNull();
    expect(fitResource({ points, periodSeconds: 60, series: series('alb_request_count', 'requests'), instancesAt: () => 2, siteInstances: 2 })).toBeNull();
  });

  it('divides each period by the instances in service then: a scale-out leaves the line where it was', () => {
    // The second half of the run on 4 instances at twice the site rate: the same per-instance load.
    const scaled = x.map((xi, i) => point(i, { requests: xi * (i < 6 ? 2 : 4) * 60, cloudwatch: { asg_cpu: u[i] ?? null } }));
    const at = (t: number): number => (scaled.findIndex((p) => p.t === t) < 6 ? 2 : 4);
    const fit = fitResource({ points: scaled, periodSeconds: 60, series: series('asg_cpu', 'web_cpu'), instancesAt: at, siteInstances: 2 });
    expect(fit?.observed.map((p) => p.x)).toEqual(x);
    expect(fit?.observed.map((p) => p.y)).toEqual(u);
    expect(fit?.fit.slope).toBeCloseTo(0.7962237762237763, 12);
  });
});
