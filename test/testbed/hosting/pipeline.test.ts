// A request's path through the model, on a virtual clock with fixed service times: CPU shared by
// the PHP workers, the session lock of database sessions, the database's connection limit, and the
// load balancer's own 502/503 when the instance cannot take the request.
import { describe, expect, it } from 'vitest';
import { lognormalServiceTime } from '../../../testbed/capacity/distributions.ts';
import { loadEnvironmentProfile } from '../../../testbed/profiles/load.ts';
import type { EnvironmentProfile } from '../../../testbed/profiles/types.ts';
import { prng } from '../../prng.ts';
import { get, logIn, virtualModel, type VirtualModel } from './harness.ts';

const LOCK_TEXT = 'Timed out while waiting for session lock';

/** k clients each sending the next request as soon as the last is answered; throughput and mean latency. */
function closedLoop(vm: VirtualModel, cookies: readonly string[], path: string, seconds: number): { rps: number; meanMs: number } {
  const end = vm.clock.now() + seconds * 1000;
  let done = 0;
  let latency = 0;
  const loop = (cookie: string): void => {
    const sent = vm.clock.now();
    vm.model.handle(get(path, cookie), vm.app, 'tenant001', () => {
      if (vm.clock.now() > end) return;
      done++;
      latency += vm.clock.now() - sent;
      loop(cookie);
    });
  };
  cookies.forEach(loop);
  vm.clock.advanceTo(end + 60_000);
  return { rps: done / seconds, meanMs: latency / done };
}

describe('the single server reproduces the calibration measurements (2 cores, PHP and PostgreSQL)', () => {
  // The profile's own spread (lognormal, CV 0.3): fixed times would keep clients in lockstep.
  const calibrated = (): VirtualModel => virtualModel('single-server', lognormalServiceTime(0.3, prng(7)));

  it('dashboard with separate sessions: ~19 req/s, latency grows with connections (210 ms at 4, 846 ms at 16)', () => {
    for (const [connections, measuredMs] of [
      [4, 210],
      [16, 846],
    ] as const) {
      const vm = calibrated();
      const cookies = Array.from({ length: connections }, (_, i) => logIn(vm, `student${String(i + 1).padStart(3, '0')}`));
      const { rps, meanMs } = closedLoop(vm, cookies, '/my/', 30);
      expect(rps).toBeGreaterThan(19 * 0.9);
      expect(rps).toBeLessThan(19 * 1.1);
      expect(Math.abs(meanMs - measuredMs) / measuredMs).toBeLessThan(0.15);
    }
  });

  it('dashboard with one shared session: the lock serialises it to ~9 req/s', () => {
    const vm = calibrated();
    const cookie = logIn(vm);
    const { rps } = closedLoop(vm, [cookie, cookie, cookie, cookie], '/my/', 30);
    expect(rps).toBeGreaterThan(9 * 0.9);
    expect(rps).toBeLessThan(9 * 1.1);
  });

  it('login page: ~75 req/s', () => {
    const vm = calibrated();
    const { rps } = closedLoop(vm, ['', '', '', ''], '/login/index.php', 20);
    expect(rps).toBeGreaterThan(75 * 0.9);
    expect(rps).toBeLessThan(75 * 1.1);
  });
});

describe('database sessions', () => {
  const profile = (): EnvironmentProfile => {
    const p = loadEnvironmentProfile('db-sessions');
    return { ...p, sessions: p.sessions === null ? null : { ...p.sessions, lockTimeoutSeconds: 0.2 } };
  };

  it("one user's parallel requests run one at a time, holding workers and DB connections, and time out with Moodle's error", () => {
    const vm = virtualModel(profile());
    const cookie = logIn(vm);
    const t0 = vm.clock.now();
    const pages = [1, 2, 3].map(() => vm.send(get('/my/', cookie)));
    const ajax = vm.send({ ...get('/lib/ajax/service.php?sesskey=x&info=core_message_get_unsent_message', cookie), method: 'POST', body: '[]' });
    vm.clock.advanceBy(100);
    const during = vm.model.snapshot();
    expect(during.database?.connections).toBe(4); // the waiters hold theirs too
    vm.clock.advanceBy(10_000);
    const [first, second, third] = pages;
    expect(first?.outcome?.response.status).toBe(200);
    expect(second?.outcome?.response.status).toBe(200);
    // The second started only when the first released the lock.
    expect((second?.doneAt ?? 0) - t0).toBeGreaterThanOrEqual(2 * ((first?.doneAt ?? 0) - t0) - 1);
    expect(third?.outcome?.response.status).toBe(500);
    expect(third?.outcome?.response.body).toContain(LOCK_TEXT);
    expect((third?.doneAt ?? 0) - t0).toBeCloseTo(200, 6);
    // AJAX scripts get the same error as JSON, with HTTP 200 (bootstrap_renderer's AJAX branch).
    expect(ajax.outcome?.response.status).toBe(200);
    expect(JSON.parse(ajax.outcome?.response.body ?? '{}')).toMatchObject({ errorcode: 'sessionwaiterr' });
    const after = vm.model.snapshot();
    expect(after.sessionLocks).toEqual({ waited: 3, timedOut: 2 });
    expect(after.traffic.target5xx).toBe(1);
    expect(after.database?.connections).toBe(0);
  });

  it('different users do not wait for each other', () => {
    const vm = virtualModel(profile());
    const a = logIn(vm, 'student001');
    const b = logIn(vm, 'student002');
    const t0 = vm.clock.now();
    const ra = vm.send(get('/my/', a));
    const rb = vm.send(get('/my/', b));
    vm.clock.advanceBy(5_000);
    expect(ra.outcome?.response.status).toBe(200);
    expect(rb.outcome?.response.status).toBe(200);
    expect(Math.abs((ra.doneAt ?? 0) - (rb.doneAt ?? 0))).toBeLessThan(1);
    expect((rb.doneAt ?? 0) - t0).toBeLessThan(200);
  });
});

describe('memcached sessions', () => {
  it('have no lock wait: parallel requests of one user run side by side', () => {
    const vm = virtualModel('etf-like');
    const cookie = logIn(vm);
    const t0 = vm.clock.now();
    const pages = [1, 2, 3].map(() => vm.send(get('/my/', cookie)));
    vm.clock.advanceBy(5_000);
    expect(pages.every((p) => p.outcome?.response.status === 200)).toBe(true);
    // Round robin spreads them over the two instances; none waited a whole service time for another.
    expect(Math.max(...pages.map((p) => (p.doneAt ?? 0) - t0))).toBeLessThan(250);
    expect(vm.model.snapshot().sessionLocks).toBeNull();
  });
});

describe('saturation', () => {
  it('a full backlog is refused: the load balancer answers 502', () => {
    const base = loadEnvironmentProfile('web-bound');
    const vm = virtualModel({ ...base, autoScaling: { ...base.autoScaling, min: 1, max: 1, desired: 1 }, instance: { ...base.instance, workers: 2, queueLimit: 3 } });
    const replies = Array.from({ length: 8 }, () => vm.send(get('/login/index.php')));
    expect(replies.filter((r) => r.outcome?.response.status === 502)).toHaveLength(3);
    vm.clock.advanceBy(5_000);
    expect(replies.filter((r) => r.outcome?.response.status === 200)).toHaveLength(5);
    expect(vm.model.snapshot().traffic).toMatchObject({ requests: 8, routed: 8, elb502: 3, responses: 5 });
  });

  it('no target: the load balancer answers 503', () => {
    const vm = virtualModel('web-bound');
    for (const instance of vm.model.group.live()) vm.model.loadBalancer.deregister(instance);
    const reply = vm.send(get('/login/index.php'));
    expect(reply.outcome?.response.status).toBe(503);
    expect(reply.outcome?.response.body).toContain('503 Service Temporarily Unavailable');
    expect(vm.model.snapshot().traffic).toMatchObject({ elb503: 1, routed: 0 });
  });

  it("the database's connection limit: the next request fails with Moodle's early error", () => {
    const base = loadEnvironmentProfile('web-bound');
    const vm = virtualModel({ ...base, database: base.database === null ? null : { ...base.database, maxConnections: 2 } });
    const replies = Array.from({ length: 3 }, () => vm.send(get('/login/index.php')));
    vm.clock.advanceBy(5_000);
    expect(replies.map((r) => r.outcome?.response.status)).toEqual([200, 200, 500]);
    expect(replies[2]?.outcome?.response.body).toContain('Error: Database connection failed');
  });
});
