import { describe, expect, it } from 'vitest';
import { afterAzLoss, minCapacity } from '../../../recommend/scaling/min-capacity.ts';

describe('minimum capacity', () => {
  it('is N+1 at the baseline', () => {
    // 50 rps at 18 per instance needs 3; N+1 = 4; over 3 zones losing one leaves 2 … too few, so 5 (leaves 3).
    expect(minCapacity(50, 18, 3).value).toBe(5);
    expect(afterAzLoss(5, 3)).toBe(3);
  });

  it('is never below 2, even for a tiny baseline', () => {
    const m = minCapacity(1, 18, 2);
    expect(m.value).toBe(2);
    expect(m.reasoning).toContain('never fewer than 2');
  });

  it('covers the loss of one zone at the baseline', () => {
    // Baseline needs 2; N+1 = 3; with 2 zones losing one of 3 leaves 1 < 2 → 4 (leaves 2).
    const m = minCapacity(20, 18, 2);
    expect(m.value).toBe(4);
    expect(m.reasoning).toMatch(/losing one zone leaves 2/);
  });

  it('says a single zone cannot survive its loss', () => {
    expect(minCapacity(20, 18, 1).reasoning).toContain('single availability zone');
  });
});
