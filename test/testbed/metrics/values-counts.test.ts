import { describe, expect, it } from 'vitest';
import { MAX_VALUES_PER_DATUM, packValuesCounts } from '../../../testbed/metrics/values-counts.ts';

describe('packValuesCounts', () => {
  it('sorts values, keeps their counts and drops zero counts', () => {
    const packed = packValuesCounts(new Map([[120, 2], [36, 5], [52, 0]]));
    expect(packed).toEqual([{ values: [36, 120], counts: [5, 2] }]);
  });

  it('splits more than 150 distinct values into several chunks without losing any', () => {
    const histogram = new Map(Array.from({ length: 400 }, (_, i) => [i, i + 1] as [number, number]));
    const packed = packValuesCounts(histogram);
    expect(packed.map((p) => p.values.length)).toEqual([150, 150, 100]);
    expect(packed.every((p) => p.values.length === p.counts.length && p.values.length <= MAX_VALUES_PER_DATUM)).toBe(true);
    const total = packed.flatMap((p) => p.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe((400 * 401) / 2);
    expect(packed.flatMap((p) => p.values)).toEqual([...histogram.keys()]);
  });

  it('gives no chunk for an empty histogram', () => {
    expect(packValuesCounts(new Map())).toEqual([]);
    expect(() => packValuesCounts(new Map(), 0)).toThrow(RangeError);
  });
});
