import { describe, expect, it } from 'vitest';
import { WorkerPool, type Release } from '../../../testbed/capacity/worker-pool.ts';

function clock(): { now: () => number; advance: (ms: number) => void } {
  let t = 0;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('WorkerPool', () => {
  it('grants up to `workers` slots, queues the next `queueLimit`, and rejects the rest', async () => {
    const pool = new WorkerPool(2, 1, clock().now);
    const a = pool.tryAcquire();
    const b = pool.tryAcquire();
    const c = pool.tryAcquire();
    expect(pool.busy).toBe(2);
    expect(pool.queued).toBe(1);
    expect(pool.tryAcquire()).toBeNull();
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(c).not.toBeNull();
  });

  it('hands freed slots to waiters in arrival order', async () => {
    const pool = new WorkerPool(1, 3, clock().now);
    const first = await pool.tryAcquire();
    const order: string[] = [];
    const waiters = ['x', 'y', 'z'].map((name) => pool.tryAcquire()?.then((release) => (order.push(name), release)));
    first?.();
    const x = await waiters[0];
    x?.();
    const y = await waiters[1];
    y?.();
    const z = await waiters[2];
    expect(order).toEqual(['x', 'y', 'z']);
    expect(pool.busy).toBe(1);
    z?.();
    expect(pool.busy).toBe(0);
  });

  it('ignores a second release of the same slot', async () => {
    const pool = new WorkerPool(2, 0, clock().now);
    const release = await pool.tryAcquire();
    await pool.tryAcquire();
    release?.();
    release?.();
    expect(pool.busy).toBe(1);
  });

  it('integrates busy slot-milliseconds exactly, across takes', async () => {
    const c = clock();
    const pool = new WorkerPool(4, 0, c.now);
    const r1 = (await pool.tryAcquire()) as Release;
    c.advance(100); // 1 busy × 100
    const r2 = (await pool.tryAcquire()) as Release;
    c.advance(50); // 2 busy × 50
    expect(pool.takeBusySlotMs()).toBe(200);
    c.advance(30); // 2 busy × 30
    r1();
    c.advance(20); // 1 busy × 20
    r2();
    c.advance(1000); // idle
    expect(pool.takeBusySlotMs()).toBe(80);
    expect(pool.takeBusySlotMs()).toBe(0);
  });
});
