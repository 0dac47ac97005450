// With exponential service times and Poisson arrivals an instance is an M/M/c queue: c workers each
// with a core. Driven through the real pipeline on a virtual clock, its utilisation and mean wait
// for a worker agree with the Erlang C formulas.
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../testbed/clock/virtual-clock.ts';
import { costModel } from '../../../testbed/capacity/costs.ts';
import { exponentialServiceTime } from '../../../testbed/capacity/distributions.ts';
import { erlangC, meanWaitMs, utilisation } from '../../../testbed/capacity/erlang.ts';
import { BASE_SERVICE_MS } from '../../../testbed/capacity/transactions.ts';
import { WebInstance } from '../../../testbed/hosting/instance.ts';
import { serveOnInstance, type PipelineDeps } from '../../../testbed/hosting/pipeline.ts';
import { legacyProfile } from '../../../testbed/profiles/resolve.ts';
import { prng } from '../../prng.ts';
import { get, poissonArrivals, virtualApp } from './harness.ts';

const SERVICE_MS = 50;

function simulate(servers: number, rho: number, arrivals: number, seed: number): { utilisation: number; meanWaitMs: number; waitedShare: number } {
  const clock = new VirtualClock();
  const profile = legacyProfile({ workers: servers, queueLimit: 100_000 });
  const deps: PipelineDeps = {
    clock,
    // The legacy model: the whole (scaled) login page time is CPU on a core of its own.
    costs: costModel(profile.costs, SERVICE_MS / BASE_SERVICE_MS.login_page, 1, true),
    distribution: exponentialServiceTime(prng(seed)),
    database: null,
    sessions: null,
    fileSystem: null,
  };
  const instance = new WebInstance('i-test', 1, profile.instance, clock, 0);
  const app = virtualApp(clock);
  const rate = (rho * servers * 1000) / SERVICE_MS;
  const times = poissonArrivals(rate, arrivals, prng(seed + 1));
  let waitSum = 0;
  let waited = 0;
  let finished = 0;
  // Leave out the first tenth: the queue starts empty, not in its steady state.
  const warmup = Math.floor(arrivals / 10);
  times.forEach((t, i) =>
    clock.setTimer(t, () =>
      serveOnInstance(deps, instance, app, get('/login/index.php'), 't', (outcome) => {
        finished++;
        if (i < warmup) return;
        waitSum += outcome.queuedMs;
        if (outcome.queuedMs > 1e-9) waited++;
      }),
    ),
  );
  const warmStart = times[warmup - 1] ?? 0;
  const end = times.at(-1) ?? 0;
  clock.advanceTo(warmStart);
  const busyBefore = instance.cpu.busyCoreMs();
  clock.advanceTo(end);
  const busy = instance.cpu.busyCoreMs() - busyBefore;
  clock.advanceTo(end + 60_000);
  expect(finished).toBe(arrivals);
  const measured = arrivals - warmup;
  return { utilisation: busy / (servers * (end - warmStart)), meanWaitMs: waitSum / measured, waitedShare: waited / measured };
}

describe('an instance is M/M/c at moderate load (virtual clock, real pipeline)', () => {
  it.each([
    [1, 0.5],
    [2, 0.6],
    [4, 0.7],
    [8, 0.75],
  ])('c = %i, ρ = %s: utilisation, P(wait) and mean wait within 10 percent of Erlang C', (servers, rho) => {
    const q = { arrivalRate: (rho * servers * 1000) / SERVICE_MS, serviceMs: SERVICE_MS, servers };
    const got = simulate(servers, rho, 60_000, 17 * servers);
    expect(got.utilisation).toBeGreaterThan(utilisation(q) * 0.9);
    expect(got.utilisation).toBeLessThan(utilisation(q) * 1.1);
    expect(Math.abs(got.waitedShare - erlangC(q)) / erlangC(q)).toBeLessThan(0.1);
    expect(Math.abs(got.meanWaitMs - meanWaitMs(q)) / meanWaitMs(q)).toBeLessThan(0.1);
  });
});
