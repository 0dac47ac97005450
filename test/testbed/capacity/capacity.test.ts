// The capacity model seen from outside: worker slots bound concurrency, requests queue FIFO, and a
// full backlog gets the load balancer's own 502 (the target refused the connection).
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_SERVICE_MS } from '../../../testbed/capacity/transactions.ts';
import { startTestTestbed, type StartedTestbed } from '../start.ts';

const SERVICE_MS = 100;
// A GET of the login page costs BASE_SERVICE_MS.login_page × scale.
const scaleFor = (ms: number): number => ms / BASE_SERVICE_MS.login_page;

let tb: StartedTestbed | undefined;
afterEach(async () => {
  await tb?.close();
  tb = undefined;
});

/** Fires `n` cookieless login-page GETs at once; each one's status, body and completion time (ms from the start). */
async function burst(url: string, n: number): Promise<{ status: number; body: string; doneMs: number }[]> {
  const start = performance.now();
  return Promise.all(
    Array.from({ length: n }, async () => {
      const res = await fetch(`${url}/login/index.php`, { redirect: 'manual' });
      const body = await res.text();
      return { status: res.status, body, doneMs: performance.now() - start };
    }),
  );
}

describe('worker slots', () => {
  it('serve 10 parallel requests two at a time: about 5 × the service time in total', async () => {
    tb = await startTestTestbed({ workers: 2, queueLimit: 64, serviceTimeScale: scaleFor(SERVICE_MS) });
    await burst(tb.testbed.url, 1); // warm-up: module loading and the first connection
    const results = await burst(tb.testbed.url, 10);
    expect(results.every((r) => r.status === 200)).toBe(true);
    const done = results.map((r) => r.doneMs).sort((a, b) => a - b);
    const total = done.at(-1) ?? 0;
    expect(total).toBeGreaterThanOrEqual(5 * SERVICE_MS - 10);
    expect(total).toBeLessThan(5 * SERVICE_MS + 250);
    // FIFO in pairs: the k-th pair cannot finish before k service times.
    done.forEach((ms, i) => expect(ms).toBeGreaterThanOrEqual((Math.floor(i / 2) + 1) * SERVICE_MS - 10));
  });

  it('serve the same burst in about one service time with 10 workers', async () => {
    tb = await startTestTestbed({ workers: 10, serviceTimeScale: scaleFor(SERVICE_MS) });
    await burst(tb.testbed.url, 1);
    const results = await burst(tb.testbed.url, 10);
    const total = Math.max(...results.map((r) => r.doneMs));
    expect(total).toBeGreaterThanOrEqual(SERVICE_MS - 10);
    expect(total).toBeLessThan(2 * SERVICE_MS);
  });
});

describe('queue limit', () => {
  it('answers requests beyond workers + queue with the load balancer’s 502, at once', async () => {
    tb = await startTestTestbed({ workers: 1, queueLimit: 1, serviceTimeScale: scaleFor(300) });
    await burst(tb.testbed.url, 1);
    const results = await burst(tb.testbed.url, 5);
    const served = results.filter((r) => r.status === 200);
    const rejected = results.filter((r) => r.status === 502);
    expect(served).toHaveLength(2);
    expect(rejected).toHaveLength(3);
    for (const r of rejected) {
      expect(r.body).toContain('<title>502 Bad Gateway</title>');
      expect(r.doneMs).toBeLessThan(150);
    }
    expect(Math.max(...served.map((r) => r.doneMs))).toBeGreaterThanOrEqual(600 - 10);
  });
});
