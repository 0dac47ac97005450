// PutMetricData takes a distribution as parallel Values/Counts arrays of at most 150 entries per
// datum; a larger histogram is split over several data with the same name and timestamp, which
// CloudWatch aggregates as one distribution.

export const MAX_VALUES_PER_DATUM = 150;

export interface ValuesCounts {
  readonly values: number[];
  readonly counts: number[];
}

/** Ascending by value, zero counts dropped, chunks of at most `maxValues`; [] for an empty histogram. */
export function packValuesCounts(histogram: ReadonlyMap<number, number>, maxValues = MAX_VALUES_PER_DATUM): ValuesCounts[] {
  if (!Number.isInteger(maxValues) || maxValues < 1) throw new RangeError(`maxValues must be a positive integer, got ${maxValues}`);
  const entries = [...histogram].filter(([, count]) => count > 0).sort(([a], [b]) => a - b);
  const chunks: ValuesCounts[] = [];
  for (let i = 0; i < entries.length; i += maxValues) {
    const slice = entries.slice(i, i + maxValues);
    chunks.push({ values: slice.map(([v]) => v), counts: slice.map(([, c]) => c) });
  }
  return chunks;
}
