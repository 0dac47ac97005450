// "min,max" seconds from the environment (pure).
export function parseBounds(name: string, raw: string | undefined, fallback: readonly [number, number]): readonly [number, number] {
  if (raw === undefined || raw === '') return fallback;
  const [min, max, extra] = raw.split(',').map(Number);
  if (min === undefined || max === undefined || extra !== undefined || !(min >= 0) || !(max >= min)) {
    throw new Error(`${name}; expected "min,max" seconds with 0 <= min <= max, got ${JSON.stringify(raw)}`);
  }
  return [min, max];
}

/** A uniform draw between the bounds. */
export function between([min, max]: readonly [number, number], r: number): number {
  return min + r * (max - min);
}
