// Think time between a learner's pages: uniform between the profile's bounds (MC_THINK_TIME="min,max"
// in seconds). The default is what browsing learners show: 3–45 s.
import { sleep } from 'k6';

export function thinkTimeBounds(raw: string | undefined, fallback: readonly [number, number]): readonly [number, number] {
  if (raw === undefined || raw === '') return fallback;
  const [min, max] = raw.split(',').map(Number);
  if (min === undefined || max === undefined || !(min >= 0) || !(max >= min)) {
    throw new Error(`MC_THINK_TIME; expected "min,max" seconds with 0 <= min <= max, got ${JSON.stringify(raw)}`);
  }
  return [min, max];
}

export function think(fallback: readonly [number, number] = [3, 45]): void {
  const [min, max] = thinkTimeBounds(__ENV.MC_THINK_TIME, fallback);
  sleep(min + Math.random() * (max - min));
}
