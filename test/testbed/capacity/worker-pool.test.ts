import { describe, expect, it } from 'vitest';
import { WorkerPool, type Release } from '../../../testbed/capacity/worker-pool.ts';

describe('WorkerPool', () => {
  it('grants up to `workers` slots at once, queues the next `queueLimit`, and refuses the rest', () => {
    const pool = new WorkerPool(2, 1);
    const granted: string[] = [];
    expect(pool.acquire(() => granted.push('a'))).toBe(true);
    expect(pool.acquire(() => granted.push('b'))).toBe(true);
    expect(pool.acquire(() => granted.push('c'))).toBe(true);
    expect(granted).toEqual(['a', 'b']);
    expect(pool.busy).toBe(2);
    expect(pool.queued).toBe(1);
    expect(pool.full).toBe(true);
    expect(pool.acquire(() => granted.push('d'))).toBe(false);
  });

  it('hands freed slots to waiters in arrival order', () => {
    const pool = new WorkerPool(1, 3);
    const releases = new Map<string, Release>();
    const order: string[] = [];
    for (const name of ['first', 'x', 'y', 'z']) {
      pool.acquire((release) => {
        order.push(name);
        releases.set(name, release);
      });
    }
    for (const name of ['first', 'x', 'y']) releases.get(name)?.();
    expect(order).toEqual(['first', 'x', 'y', 'z']);
    expect(pool.busy).toBe(1);
    releases.get('z')?.();
    expect(pool.busy).toBe(0);
    expect(pool.queued).toBe(0);
  });

  it('ignores a second release of the same slot', () => {
    const pool = new WorkerPool(2, 0);
    let first: Release | undefined;
    pool.acquire((r) => (first = r));
    pool.acquire(() => undefined);
    first?.();
    first?.();
    expect(pool.busy).toBe(1);
  });

  it('with no backlog refuses as soon as every worker is busy', () => {
    const pool = new WorkerPool(1, 0);
    expect(pool.acquire(() => undefined)).toBe(true);
    expect(pool.full).toBe(true);
    expect(pool.acquire(() => undefined)).toBe(false);
  });
});
