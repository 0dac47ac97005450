import { describe, expect, it } from 'vitest';
import { Timeline } from '../../analysis/timeline.ts';

describe('Timeline', () => {
  it('coarsens to keep at most its bucket limit, losing no count', () => {
    const tl = new Timeline(100);
    for (let s = 0; s < 1000; s++) {
      const b = tl.at(1_800_000_000 + s);
      b.requests += 1;
      b.latency.add(s + 1);
    }
    expect(tl.buckets.size).toBeLessThanOrEqual(100);
    expect(tl.resolutionSeconds).toBe(10);
    const all = [...tl.buckets.values()];
    expect(all.reduce((n, b) => n + b.requests, 0)).toBe(1000);
    expect(all.reduce((n, b) => n + b.latency.count, 0)).toBe(1000);
    expect([...tl.buckets.keys()].every((k) => k % 10 === 0)).toBe(true);
  });

  it('merges a generator kept at another resolution at the coarser one', () => {
    const a = new Timeline();
    const b = new Timeline();
    a.at(100).requests = 1;
    a.at(101).requests = 2;
    b.at(100).requests = 4;
    b.coarsen(5);
    a.mergeGenerator(b);
    expect(a.resolutionSeconds).toBe(5);
    expect(a.buckets.get(100)?.requests).toBe(7);
  });
});
