import { describe, expect, it } from 'vitest';
import { instancePrice, loadPrices } from '../../../pricing/load-prices.ts';
import { businessHoursPerYear } from '../../../recommend/ri/off-hours.ts';
import { sizeCommitments } from '../../../recommend/ri/size-commitments.ts';

const price = instancePrice(loadPrices(), 'us-east-1', 'm6a.xlarge');
const start = Date.parse('2026-09-07T00:00:00Z'); // a Monday

describe('commitment sizing', () => {
  // 3 instances always, a 4th in 50 % of hours, a 5th in 10 %.
  const n = Array.from({ length: 8760 }, (_, h) => 3 + (h % 2 === 0 ? 1 : 0) + (h % 10 === 0 ? 1 : 0));
  const s = sizeCommitments({ region: 'us-east-1', instanceType: 'm6a.xlarge', price, demand: { startMs: start, source: 'test', rps: [] }, instancesByHour: n, nonProduction: { instances: 2, businessHours: { days: [1, 2, 3, 4, 5], from: 8, to: 18 } } });

  it('buys by each option’s break-even share', () => {
    const by = Object.fromEntries(s.options.map((o) => [o.id, o.count]));
    // u* 1 yr no upfront = 0.1143/0.1728 = 66 % → 3 (the 4th is needed only 50 % of hours).
    expect(by['ri-1yr-no-upfront']).toBe(3);
    // 3 yr partial upfront u* = 42 % → 4.
    expect(by['ri-3yr-partial-upfront']).toBe(4);
    expect(s.best?.id).toBe('ri-3yr-partial-upfront');
  });

  it('costs: commitments all year + on demand above them, against all on demand', () => {
    const od = n.reduce((a, b) => a + b, 0) * 0.1728;
    expect(s.allOnDemandCost).toBeCloseTo(od, 6);
    const o = s.options.find((x) => x.id === 'ri-1yr-no-upfront');
    const above = n.reduce((a, b) => a + Math.max(0, b - 3), 0);
    expect(o?.annualCost).toBeCloseTo(3 * 8760 * 0.11431 + above * 0.1728, 6);
    expect(o?.breakEvenMonth).toBe(1);
    expect(s.options.find((x) => x.id === 'ri-1yr-partial-upfront')?.breakEvenMonth).toBeNull(); // upfront not in the file
  });

  it('switching non-production off outside 08–18 on weekdays saves the other hours', () => {
    expect(businessHoursPerYear({ instances: 1, businessHours: { days: [1, 2, 3, 4, 5], from: 8, to: 18 } }, start, 168)).toBe(50);
    expect(s.offHours?.hoursOffPerYear).toBe(8760 - businessHoursPerYear({ instances: 1, businessHours: { days: [1, 2, 3, 4, 5], from: 8, to: 18 } }, start, 8760));
    expect(s.offHours?.annualSavings).toBeCloseTo(2 * (s.offHours?.hoursOffPerYear ?? 0) * 0.1728, 6);
  });
});
