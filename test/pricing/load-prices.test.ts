import { describe, expect, it } from 'vitest';
import { instancePrice, loadPrices, parsePrices } from '../../pricing/load-prices.ts';

describe('the shipped price snapshot', () => {
  const prices = loadPrices();

  it('is labelled as a dated third-party snapshot', () => {
    expect(prices.label).toMatch(/third-party snapshot/i);
    expect(prices.snapshotDate).toBe('2026-10-01');
    expect(Object.keys(prices.regions)).toEqual(expect.arrayContaining(['us-east-1', 'eu-west-2']));
  });

  it('has the m6a.xlarge points of the domain notes, each entry with its source and date', () => {
    const p = instancePrice(prices, 'us-east-1', 'm6a.xlarge');
    expect(p.onDemandHourly).toBe(0.1728);
    expect(p.commitments['ri-1yr-no-upfront']?.effectiveHourly).toBeCloseTo(0.1143, 4);
    expect(p.commitments['ri-3yr-partial-upfront']?.effectiveHourly).toBeCloseTo(0.0726, 4);
    for (const region of Object.values(prices.regions)) {
      for (const entry of Object.values(region)) {
        expect(entry.source.length).toBeGreaterThan(20);
        expect(entry.date).not.toBe('');
      }
    }
  });

  it('names what the file has when a type or region is missing', () => {
    expect(() => instancePrice(prices, 'ap-south-1', 'm6a.xlarge')).toThrow(/no prices for region ap-south-1; the file has us-east-1/);
    expect(() => instancePrice(prices, 'eu-west-2', 't3.xlarge')).toThrow(/no price for t3.xlarge in eu-west-2; the file has m5.large, m5.xlarge, m5.2xlarge, /);
  });

  it('covers the common web-tier families in eu-west-2, each dearer than in us-east-1 by a plausible London margin', () => {
    const london = prices.regions['eu-west-2'] ?? {};
    for (const family of ['m5', 'm6i', 'm6a', 'm7i', 'm7g', 'c5', 'c6i', 'c6a', 'c7i', 'c7g', 'r5', 'r6i']) {
      expect(Object.keys(london)).toContain(`${family}.xlarge`);
    }
    let compared = 0;
    for (const [type, p] of Object.entries(london)) {
      const virginia = prices.regions['us-east-1']?.[type];
      if (virginia === undefined) continue;
      compared += 1;
      const ratio = p.onDemandHourly / virginia.onDemandHourly;
      expect(ratio, type).toBeGreaterThan(1.1);
      expect(ratio, type).toBeLessThan(1.25);
    }
    expect(compared).toBeGreaterThanOrEqual(30);
  });

  it('rejects a commitment dearer than on demand, and unknown options', () => {
    const file = (commitments: unknown) => ({ schema: 'moodle-capacity/prices@1', label: 'x', currency: 'USD', snapshotDate: 'd', regions: { r: { t: { onDemandHourly: 0.1, source: 'me', date: 'today', commitments } } } });
    expect(() => parsePrices('p.json', file({ 'ri-1yr-no-upfront': { effectiveHourly: 0.2 } }))).toThrow('p.json: regions.r.t.commitments.ri-1yr-no-upfront.effectiveHourly; expected less than the on-demand rate 0.1, got 0.2');
    expect(() => parsePrices('p.json', file({ 'ri-2yr': { effectiveHourly: 0.05 } }))).toThrow(/commitments key; expected one of ri-1yr-no-upfront/);
  });
});
