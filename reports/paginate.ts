// Splitting things of known height into pages. Pure, so "never loses a row" is unit-testable.

/**
 * Packs items in order into pages: the first page holds `firstCapacity` points of height, later ones
 * `capacity`. A page always takes at least one item, so an item taller than a page gets a page of
 * its own (overflowing it) rather than being dropped or looping forever.
 */
export function packByHeight<T>(
  items: readonly T[],
  heightOf: (item: T) => number,
  firstCapacity: number,
  capacity: number,
): T[][] {
  const pages: T[][] = [];
  let current: T[] = [];
  let room = firstCapacity;
  for (const item of items) {
    const h = heightOf(item);
    if (h > room && current.length > 0) {
      pages.push(current);
      current = [];
      room = capacity;
    }
    current.push(item);
    room -= h;
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}

export interface TablePage<H, R> {
  readonly header: H;
  readonly rows: readonly R[];
  /** True on every page after the first, so the page can say "(continued)". */
  readonly continued: boolean;
}

export interface TableLayout<R> {
  readonly rowHeight: (row: R) => number;
  readonly headerHeight: number;
  /** Height available to the table on its first page (after whatever precedes it there). */
  readonly firstPageHeight: number;
  readonly pageHeight: number;
}

/** A table split into pages, the header repeated on each. An empty table still yields one page. */
export function paginateTable<H, R>(header: H, rows: readonly R[], layout: TableLayout<R>): TablePage<H, R>[] {
  const pages = packByHeight(
    rows,
    layout.rowHeight,
    layout.firstPageHeight - layout.headerHeight,
    layout.pageHeight - layout.headerHeight,
  );
  return pages.map((pageRows, i) => ({ header, rows: pageRows, continued: i > 0 }));
}

/** Splits a list into a first chunk of `first` items and then chunks of `rest`. */
export function chunk<T>(items: readonly T[], first: number, rest: number): T[][] {
  const out: T[][] = [];
  let i = 0;
  let size = Math.max(1, first);
  while (i < items.length) {
    out.push(items.slice(i, i + size));
    i += size;
    size = Math.max(1, rest);
  }
  return out;
}
