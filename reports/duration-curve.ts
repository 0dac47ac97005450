// A demand duration curve: the year's hourly instance counts sorted from highest to lowest, as the
// corner points of a step line (exact, and small however many hours there are).
import type { XY } from './series.ts';

export function durationCurve(instancesByHour: readonly number[]): XY[] {
  const sorted = [...instancesByHour].sort((a, b) => b - a);
  const out: XY[] = [];
  sorted.forEach((n, i) => {
    if (i === 0 || n !== sorted[i - 1]) out.push({ x: i, y: n });
  });
  if (sorted.length > 0) out.push({ x: sorted.length, y: sorted[sorted.length - 1] ?? 0 });
  return out;
}
