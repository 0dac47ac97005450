// Queueing theory for one instance seen as M/M/c: Poisson arrivals at `arrivalRate`, c servers,
// exponential service with mean `serviceMs`. Pure functions, used by the tests that check the
// model against theory and by the ground truth's expected response times.

export interface MMc {
  /** Arrivals per second. */
  readonly arrivalRate: number;
  readonly serviceMs: number;
  readonly servers: number;
}

/** Offered load a = λ/μ in Erlangs. */
export function offeredLoad(q: MMc): number {
  return (q.arrivalRate * q.serviceMs) / 1000;
}

/** ρ = a / c: the share of time each server is busy (< 1 for a stable queue). */
export function utilisation(q: MMc): number {
  return offeredLoad(q) / q.servers;
}

/** Erlang C: the probability an arrival has to wait. Summed iteratively (no factorial overflow). */
export function erlangC(q: MMc): number {
  const a = offeredLoad(q);
  const c = q.servers;
  if (!Number.isInteger(c) || c < 1) throw new RangeError(`servers must be a positive integer, got ${c}`);
  const rho = a / c;
  if (rho >= 1) return 1;
  // term = a^k / k!, accumulated from k = 0.
  let term = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  // term is now a^c / c!
  const waiting = term / (1 - rho);
  return waiting / (sum + waiting);
}

/** Mean time in the queue before service, ms: C(c, a) / (cμ − λ). */
export function meanWaitMs(q: MMc): number {
  const rho = utilisation(q);
  if (rho >= 1) return Number.POSITIVE_INFINITY;
  const mu = 1000 / q.serviceMs;
  return (erlangC(q) / (q.servers * mu - q.arrivalRate)) * 1000;
}

/** Mean response time (wait + service), ms. */
export function meanResponseMs(q: MMc): number {
  return meanWaitMs(q) + q.serviceMs;
}
