// How one request's service time varies around its transaction's mean. Pluggable so tests can use
// a fixed time and experiments can compare shapes; the mean is preserved by every implementation.

export interface ServiceTimeDistribution {
  readonly name: string;
  /** One service time in ms (≥ 0) for a transaction whose mean is `meanMs`. */
  sample(meanMs: number): number;
}

/** Uniform [0, 1) source, injectable for reproducible tests. */
export type RandomSource = () => number;

export function fixedServiceTime(): ServiceTimeDistribution {
  return { name: 'fixed', sample: (meanMs) => Math.max(0, meanMs) };
}

/** Memoryless (CV 1): a pessimistic tail, the M/M/c textbook case. */
export function exponentialServiceTime(random: RandomSource = Math.random): ServiceTimeDistribution {
  return {
    name: 'exponential',
    // 1 - u is in (0, 1], so the log is finite.
    sample: (meanMs) => (meanMs <= 0 ? 0 : -meanMs * Math.log(1 - random())),
  };
}

/**
 * Right-skewed with a tunable spread. CV 0.3 matches single-request Moodle timings (dashboard
 * 100–170 ms around ~115 ms); mu is shifted by -sigma²/2 so the mean stays `meanMs`.
 */
export function lognormalServiceTime(cv = 0.3, random: RandomSource = Math.random): ServiceTimeDistribution {
  if (!(cv >= 0) || !Number.isFinite(cv)) throw new RangeError(`lognormal CV must be finite and ≥ 0, got ${cv}`);
  const sigma = Math.sqrt(Math.log(1 + cv * cv));
  return {
    name: `lognormal(cv=${cv})`,
    sample: (meanMs) => {
      if (meanMs <= 0) return 0;
      const mu = Math.log(meanMs) - (sigma * sigma) / 2;
      return Math.exp(mu + sigma * standardNormal(random));
    },
  };
}

/** Box–Muller; one of the pair is enough here. */
export function standardNormal(random: RandomSource): number {
  const u1 = 1 - random(); // (0, 1]
  const u2 = random();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
