import { describe, expect, it } from 'vitest';
import { chunk, packByHeight, paginateTable } from '../../reports/paginate.ts';

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('packByHeight', () => {
  it('fills pages in order up to their capacity', () => {
    expect(packByHeight([1, 2, 3, 4, 5], (h) => h, 3, 6)).toEqual([[1, 2], [3], [4], [5]]);
    expect(packByHeight([2, 2, 2, 2, 2], (h) => h, 4, 6)).toEqual([[2, 2], [2, 2, 2]]);
  });
  it('gives an item taller than a page a page of its own instead of dropping it', () => {
    expect(packByHeight([1, 50, 1], (h) => h, 10, 10)).toEqual([[1], [50], [1]]);
  });
  it('returns one empty page for no items', () => {
    expect(packByHeight([], (h: number) => h, 10, 10)).toEqual([[]]);
  });
});

describe('paginateTable', () => {
  const header = ['Transaction', 'Requests'];
  const layout = { rowHeight: (r: { h: number }) => r.h, headerHeight: 20, firstPageHeight: 120, pageHeight: 200 };

  it('repeats the header on every page and marks later pages as continued', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ id: i, h: 18 }));
    const pages = paginateTable(header, rows, layout);
    expect(pages.length).toBeGreaterThan(2);
    for (const [i, page] of pages.entries()) {
      expect(page.header).toBe(header);
      expect(page.continued).toBe(i > 0);
    }
    // 100 of room under the header on page 1: 5 rows; 180 afterwards: 10 rows.
    expect(pages.map((p) => p.rows.length)).toEqual([5, 10, 10, 5]);
  });

  it('never loses, duplicates or reorders a row, and never overfills a page', () => {
    const random = lcg(42);
    for (let round = 0; round < 200; round++) {
      const rows = Array.from({ length: Math.floor(random() * 120) }, (_, id) => ({ id, h: 12 + Math.floor(random() * 30) }));
      const pages = paginateTable(header, rows, layout);
      expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(rows.map((r) => r.id));
      pages.forEach((page, i) => {
        const used = page.rows.reduce((s, r) => s + r.h, 0) + layout.headerHeight;
        expect(used).toBeLessThanOrEqual(i === 0 ? layout.firstPageHeight : layout.pageHeight);
        if (rows.length > 0) expect(page.rows.length).toBeGreaterThan(0);
      });
    }
  });

  it('yields a single page with the header for an empty table', () => {
    const pages = paginateTable(header, [], layout);
    expect(pages).toEqual([{ header, rows: [], continued: false }]);
  });
});

describe('chunk', () => {
  it('splits into a first chunk and then equal chunks', () => {
    expect(chunk([1, 2, 3, 4, 5, 6, 7, 8, 9], 3, 4)).toEqual([[1, 2, 3], [4, 5, 6, 7], [8, 9]]);
    expect(chunk([1, 2], 3, 4)).toEqual([[1, 2]]);
    expect(chunk([], 3, 4)).toEqual([]);
  });
});
