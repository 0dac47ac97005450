import { describe, expect, it } from 'vitest';
import { latencyModel, saturationRate, TIMEOUT_MS } from '../../recommend/latency-model.ts';

describe('latency model', () => {
  it('puts p95 exactly at the SLO at the sustainable rate (queue model)', () => {
    const m = latencyModel({ latencyCurve: [], baseP95Ms: 200, sloP95Ms: 1000, perInstanceRps: 20 });
    expect(m.saturationRps).toBeCloseTo(25, 9); // 20 / (1 − 0.2)
    expect(m.p95At(20)).toBeCloseTo(1000, 6);
    expect(m.p95At(0)).toBeCloseTo(200, 9);
    expect(m.p95At(25)).toBe(TIMEOUT_MS);
  });

  it('interpolates the measured curve and continues it with the queue model', () => {
    const m = latencyModel({ latencyCurve: [{ rpsPerInstance: 10, p95Ms: 300 }, { rpsPerInstance: 5, p95Ms: 250 }], baseP95Ms: 200, sloP95Ms: 1000, perInstanceRps: 20 });
    expect(m.p95At(7.5)).toBeCloseTo(275, 9);
    expect(m.p95At(10)).toBe(300);
    // Beyond: 300 × queue(15) / queue(10) = 300 × (1 − 10/25) / (1 − 15/25) = 450.
    expect(m.p95At(15)).toBeCloseTo(450, 9);
  });

  it('never lets more load look faster (noisy curves are made monotone)', () => {
    const m = latencyModel({ latencyCurve: [{ rpsPerInstance: 5, p95Ms: 400 }, { rpsPerInstance: 10, p95Ms: 300 }], baseP95Ms: 200, sloP95Ms: 1000, perInstanceRps: 20 });
    expect(m.p95At(10)).toBe(400);
  });

  it('saturates just above capacity when the idle p95 is already near the SLO', () => {
    expect(saturationRate(990, 1000, 20)).toBeCloseTo(21, 9);
  });
});
