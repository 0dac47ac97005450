import { describe, expect, it } from 'vitest';
import { seriesLookup } from '../../analysis/resample.ts';
import { series } from './capacity/series.ts';

const t0 = Date.UTC(2026, 10, 26, 10, 0, 0);
const pts = [0, 10, 20, 30, 40, 50].map((s, i) => ({ t: t0 + s * 1000, v: i + 1 }));

describe('seriesLookup', () => {
  it('combines a finer series with its statistic and leaves empty periods empty', () => {
    expect(seriesLookup({ ...series('a', null, pts, 10), stat: 'Sum' })(t0, 60_000)).toBe(21);
    expect(seriesLookup({ ...series('a', null, pts, 10), stat: 'Average' })(t0, 60_000)).toBe(3.5);
    expect(seriesLookup({ ...series('a', null, pts, 10), stat: 'Maximum' })(t0, 30_000)).toBe(3);
    expect(seriesLookup({ ...series('a', null, pts, 10), stat: 'Minimum' })(t0 + 30_000, 30_000)).toBe(4);
    expect(seriesLookup(series('a', null, pts, 10))(t0 + 60_000, 60_000)).toBeNull();
  });
  it('gives a coarser series’ value to every grid period inside its period', () => {
    const coarse = series('c', null, [{ t: t0, v: 7 }], 300);
    const at = seriesLookup(coarse);
    expect([at(t0, 60_000), at(t0 + 240_000, 60_000), at(t0 + 300_000, 60_000)]).toEqual([7, 7, null]);
  });
});
