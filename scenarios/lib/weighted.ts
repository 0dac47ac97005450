// Weighted choice (pure). `r` is a uniform number in [0, 1), so tests can pass fixed values.

export function pickWeighted<T>(items: readonly T[], weight: (item: T) => number, r: number): T | undefined {
  const total = items.reduce((sum, item) => sum + Math.max(0, weight(item)), 0);
  if (total <= 0) return items[Math.floor(r * items.length)];
  let left = r * total;
  for (const item of items) {
    left -= Math.max(0, weight(item));
    if (left < 0) return item;
  }
  return items[items.length - 1];
}

/** Up to `n` distinct items, each drawn by weight from what is left. */
export function sampleWeighted<T>(items: readonly T[], weight: (item: T) => number, n: number, random: () => number): T[] {
  const left = [...items];
  const chosen: T[] = [];
  while (chosen.length < n && left.length > 0) {
    const item = pickWeighted(left, weight, random());
    if (item === undefined) break;
    chosen.push(item);
    left.splice(left.indexOf(item), 1);
  }
  return chosen;
}
