import { describe, expect, it } from 'vitest';
import { pickWeighted, sampleWeighted } from '../../../scenarios/lib/weighted.ts';

describe('weighted choice', () => {
  const items = [{ n: 'a', w: 1 }, { n: 'b', w: 3 }, { n: 'c', w: 0 }];
  it('picks by cumulative weight and never a zero weight', () => {
    expect(pickWeighted(items, (i) => i.w, 0)?.n).toBe('a');
    expect(pickWeighted(items, (i) => i.w, 0.2499)?.n).toBe('a');
    expect(pickWeighted(items, (i) => i.w, 0.25)?.n).toBe('b');
    expect(pickWeighted(items, (i) => i.w, 0.9999)?.n).toBe('b');
    expect(pickWeighted([], () => 1, 0.5)).toBeUndefined();
  });
  it('shares follow the weights', () => {
    let x = 0;
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i++) {
      const n = pickWeighted(items, (it) => it.w, (x = (x + 0.6180339887) % 1))?.n ?? '?';
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['a', 'b']);
    const ratio = (counts.get('b') ?? 0) / (counts.get('a') ?? 1);
    expect(ratio).toBeGreaterThan(2.7);
    expect(ratio).toBeLessThan(3.3);
  });
  it('samples distinct items', () => {
    let x = 0.1;
    const sample = sampleWeighted(['a', 'b', 'c', 'd'], () => 1, 3, () => (x = (x + 0.37) % 1));
    expect(new Set(sample).size).toBe(3);
    expect(sampleWeighted(['a'], () => 1, 5, Math.random)).toEqual(['a']);
  });
});
