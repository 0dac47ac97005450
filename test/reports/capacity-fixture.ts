// A staircase capacity run for the full report: 13 load levels of 2 minutes on 2 instances, site
// throughput following the Universal Scalability Law (λ 12, σ 0.05, κ 0.004), p95 three times the mean
// latency (Little's law: N / X), web CPU linear in throughput per instance, and the capacity model an
// analyzer would derive from it. Built on the base fixture for everything else.
import type { Analysis, CapacityModel, CloudWatchSeries, Estimate, GridPoint, LinearFit } from '../../analysis/types.ts';
import { cloudwatchData, makeAnalysis, START_MS } from './fixture.ts';

const PERIOD = 60;
const LEVELS = [1, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 24, 28];
const USL = { lambda: 12, sigma: 0.05, kappa: 0.004 };
export const INSTANCES = 2;
export const SLO_MS = 1000;

const usl = (n: number): number => (USL.lambda * n) / (1 + USL.sigma * (n - 1) + USL.kappa * n * (n - 1));
const est = (value: number, spread = 0.08, method = 'test'): Estimate => ({ value, low: value * (1 - spread), high: value * (1 + spread), method });

function fit(intercept: number, slope: number, n: number): LinearFit {
  return { n, intercept, slope, interceptStdError: 0.4, slopeStdError: 0.02, covariance: -0.001, residualStdError: 0.8, rSquared: 0.99, slopeLow: slope * 0.97, slopeHigh: slope * 1.03 };
}

export function staircaseGrid(): GridPoint[] {
  return LEVELS.flatMap((n, level) =>
    [0, 1].map((k) => {
      const i = level * 2 + k;
      const rps = usl(n);
      const meanMs = (n / rps) * 1000;
      const requests = Math.round(rps * PERIOD);
      const failed = meanMs * 3 > SLO_MS * 1.05 ? Math.round(requests * 0.02) : 0;
      return {
        t: START_MS + i * PERIOD * 1000,
        requests,
        failed,
        rps: requests / PERIOD,
        errorRate: failed / requests,
        failedByStatus: { none: 0, '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': failed, unknown: 0 },
        p95Ms: meanMs * 3,
        meanLatencyMs: meanMs,
        vusMax: n * 10,
        vusMean: n * 10,
        vusAllocated: 400,
        instances: INSTANCES,
        concurrency: n,
        iterations: Math.round(requests / 6),
        iterationDurationMeanMs: 40_000,
        droppedIterations: 0,
        checksFailed: 0,
        dataReceivedBytes: requests * 40_000,
        dataSentBytes: requests * 400,
        cloudwatch: { web_cpu: 4 + 2.6 * (rps / INSTANCES), healthy_hosts: INSTANCES },
      };
    }),
  );
}

function series(grid: readonly GridPoint[], id: string, label: string, metricName: string, unit: string, role: CloudWatchSeries['role']): CloudWatchSeries {
  return {
    id,
    label,
    namespace: id === 'web_cpu' ? 'AWS/EC2' : 'AWS/ApplicationELB',
    metricName,
    dimensions: {},
    stat: 'Average',
    unit,
    role,
    periodSeconds: PERIOD,
    points: grid.map((p) => ({ t: p.t, v: p.cloudwatch[id] ?? 0 })),
    missingPeriods: 0,
    missingTimes: [],
    status: 'Complete',
    messages: [],
  };
}

export function capacityModel(): CapacityModel {
  const peakN = Math.sqrt((1 - USL.sigma) / USL.kappa);
  const site = usl(20);
  return {
    slo: { p95Ms: SLO_MS, maxErrorRate: 0.01, source: 'profile staircase' },
    valid: true,
    invalidReasons: [],
    loadGenerator: { valid: true, reasons: [], droppedIterations: 0, busyRatioMedian: 0.98, periodsAtVuLimit: 0, periods: LEVELS.length * 2 },
    instances: { count: INSTANCES, source: 'ALB healthy hosts' },
    knee: { throughputRps: site, p95Ms: (20 / site) * 3000, errorRate: 0, firstBreachRps: usl(24), breachReason: 'p95 over the SLO', periodsMeetingSlo: 22, periodsWithLoad: 26 },
    kneedle: { throughputRps: usl(12), p95Ms: (12 / usl(12)) * 3000, strength: 0.42, points: 26 },
    usl: { lambda: est(USL.lambda), sigma: est(USL.sigma), kappa: est(USL.kappa), peakConcurrency: est(peakN), peakThroughputRps: est(usl(peakN)), basis: 'site', rSquared: 0.995, residualStdError: 0.9, points: 26, observed: staircaseGrid().map((p) => ({ concurrency: p.concurrency, throughput: p.rps })), concurrency: 'in-flight requests (Little’s law)' },
    resources: [
      { resource: 'web-cpu', role: 'web_cpu', seriesId: 'web_cpu', label: 'Web tier CPU (%)', throughputBasis: 'per-instance', ceiling: 100, fit: fit(4, 2.6, 26), pearson: 0.995, spearman: 0.99, maxObserved: 94, observed: staircaseGrid().map((p) => ({ x: p.rps / INSTANCES, y: p.cloudwatch['web_cpu'] ?? 0 })), saturationSiteRps: est(((100 - 4) / 2.6) * INSTANCES), evidence: 'CPU reaches 100 % at 36.9 req/s per instance' },
    ],
    bottleneck: { resource: 'web-cpu', seriesId: 'web_cpu', saturationSiteRps: est(((100 - 4) / 2.6) * INSTANCES), evidence: ['web CPU reaches 100 % first, at about 74 site requests/s'] },
    maxSustainableRps: { site: est(site), perInstance: est(site / INSTANCES), basis: 'observed: highest period meeting the SLO' },
    saturationRps: { site: est(((100 - 4) / 2.6) * INSTANCES), perInstance: est((100 - 4) / 2.6) },
    learnersPerInstance: est((site / INSTANCES) * 6.5),
    groundTruth: null,
    notes: [],
  };
}

export function capacityAnalysis(): Analysis {
  const grid = staircaseGrid();
  const end = START_MS + grid.length * PERIOD * 1000;
  const base = makeAnalysis();
  return makeAnalysis({
    run: { ...base.run, scenario: 'mixed', profile: 'staircase', endedAt: new Date(end).toISOString() },
    totals: { ...base.totals, lastSampleMs: end - 1000 },
    grid: { periodSeconds: PERIOD, points: grid },
    cloudwatch: { ...cloudwatchData('CloudWatch eu-west-2', [series(grid, 'web_cpu', 'Web tier CPU', 'CPUUtilization', 'Percent', 'web_cpu'), series(grid, 'healthy_hosts', 'Healthy hosts', 'HealthyHostCount', 'Count', 'instances')]), periodSeconds: PERIOD },
    capacity: capacityModel(),
  });
}
