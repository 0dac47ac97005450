import { describe, expect, it } from 'vitest';
import { openModelFromOptions, p95SloFromOptions } from '../../analysis/run-options.ts';
import { buildK6Options } from '../../runner/k6-options.ts';

describe('run options', () => {
  it("reads the p95 SLO from the http_req_duration threshold our runner writes (and k6's object form)", () => {
    expect(p95SloFromOptions({ thresholds: { http_req_duration: ['p(95)<1500'] } })).toBe(1500);
    expect(p95SloFromOptions({ thresholds: { http_req_duration: ['avg<100', { threshold: 'p(95)<=800.5' }] } })).toBe(800.5);
    expect(p95SloFromOptions({ thresholds: {} })).toBeNull();
    expect(p95SloFromOptions(null)).toBeNull();
  });
  it('tells open-model (arrival-rate) runs from closed ones', () => {
    expect(openModelFromOptions({ scenarios: { a: { executor: 'ramping-arrival-rate' }, b: { executor: 'constant-arrival-rate' } } })).toBe(true);
    expect(openModelFromOptions({ scenarios: { a: { executor: 'ramping-vus' } } })).toBe(false);
    expect(openModelFromOptions({ scenarios: { a: { executor: 'ramping-vus' }, b: { executor: 'constant-arrival-rate' } } })).toBeNull();
    expect(openModelFromOptions({})).toBeNull();
  });
  it("understands the options the runner builds from a profile", () => {
    const profile = { name: 'p', description: '', slo: { p95Ms: 1234, maxErrorRate: 0.05 }, thinkTime: [1, 2] as const, scenarios: { s: { executor: 'constant-arrival-rate' as const, rate: 1, timeUnit: '1s', duration: '1m', preAllocatedVUs: 1, maxVUs: 2 } } };
    const options = buildK6Options(profile as unknown as Parameters<typeof buildK6Options>[0], 's', { rateScale: 1, durationSeconds: null });
    expect(p95SloFromOptions(options)).toBe(1234);
    expect(openModelFromOptions(options)).toBe(true);
  });
});
