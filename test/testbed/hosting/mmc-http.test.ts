// The same M/M/c check through the real HTTP server and wall-clock timers: Poisson arrivals from a
// seeded generator, exponential service times from another, 2 workers at ρ = 0.6. Service times of
// 40 ms keep timer jitter (about a millisecond) small against them.
import { afterAll, describe, expect, it } from 'vitest';
import { exponentialServiceTime } from '../../../testbed/index.ts';
import { meanResponseMs, utilisation } from '../../../testbed/capacity/erlang.ts';
import { BASE_SERVICE_MS } from '../../../testbed/capacity/transactions.ts';
import { prng } from '../../prng.ts';
import { startTestTestbed, type StartedTestbed } from '../start.ts';
import { poissonArrivals } from './harness.ts';

const SERVICE_MS = 40;
const SERVERS = 2;
const RHO = 0.6;
const REQUESTS = 450;

let tb: StartedTestbed | undefined;
afterAll(() => tb?.close());

describe('an instance is M/M/c over HTTP', () => {
  it('utilisation and mean target response time within 10 % of the formulas', async () => {
    tb = await startTestTestbed({
      workers: SERVERS,
      queueLimit: 1000,
      serviceTimeScale: SERVICE_MS / BASE_SERVICE_MS.login_page,
      serviceTimeDistribution: exponentialServiceTime(prng(4242)),
    });
    const url = `${tb.testbed.url}/login/index.php`;
    const q = { arrivalRate: (RHO * SERVERS * 1000) / SERVICE_MS, serviceMs: SERVICE_MS, servers: SERVERS };
    const arrivals = poissonArrivals(q.arrivalRate, REQUESTS, prng(99));
    const before = tb.testbed.snapshot();
    const start = performance.now();
    const times = await Promise.all(
      arrivals.map(
        (at) =>
          new Promise<number>((resolve, reject) => {
            setTimeout(() => {
              const sent = performance.now();
              fetch(url)
                .then(async (res) => {
                  await res.text();
                  if (res.status !== 200) throw new Error(`status ${res.status}`);
                  resolve(performance.now() - sent);
                })
                .catch(reject);
            }, at);
          }),
      ),
    );
    const elapsed = performance.now() - start;
    const after = tb.testbed.snapshot();
    const busy = (after.instances[0]?.busyCoreMs ?? 0) - (before.instances[0]?.busyCoreMs ?? 0);
    const measuredUtilisation = busy / (SERVERS * elapsed);
    // The target response time as the load balancer measures it (TargetResponseTime): no client overhead.
    const served = after.traffic.responses - before.traffic.responses;
    const targetMean = (after.traffic.responseMsSum - before.traffic.responseMsSum) / served;
    const clientMean = times.reduce((s, t) => s + t, 0) / times.length;
    expect(served).toBe(REQUESTS);
    expect(Math.abs(measuredUtilisation - utilisation(q)) / utilisation(q)).toBeLessThan(0.1);
    expect(Math.abs(targetMean - meanResponseMs(q)) / meanResponseMs(q)).toBeLessThan(0.1);
    // Seen from the client, HTTP on a shared 2-core machine adds a few milliseconds.
    expect(clientMean).toBeGreaterThan(targetMean);
    expect(clientMean).toBeLessThan(targetMean + 15);
  });
});
