import { describe, expect, it } from 'vitest';
import { utilisationPercent } from '../../../testbed/capacity/utilisation.ts';

describe('utilisationPercent', () => {
  it('is busy slot-ms over workers × period', () => {
    expect(utilisationPercent(4000, 8, 1000)).toBe(50);
    expect(utilisationPercent(8000, 8, 1000)).toBe(100);
    expect(utilisationPercent(250, 1, 10_000)).toBe(2.5);
  });

  it('is 0 for an idle or empty period and never above 100', () => {
    expect(utilisationPercent(0, 8, 10_000)).toBe(0);
    expect(utilisationPercent(100, 8, 0)).toBe(0);
    expect(utilisationPercent(100, 0, 1000)).toBe(0);
    expect(utilisationPercent(9000, 8, 1000)).toBe(100);
  });
});
