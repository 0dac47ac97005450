import { describe, expect, it } from 'vitest';
import { BoundedFifo } from '../../../testbed/capacity/fifo.ts';

describe('BoundedFifo', () => {
  it('keeps order across wrap-around and refuses items beyond its capacity', () => {
    const q = new BoundedFifo<number>(3);
    expect([q.push(1), q.push(2), q.push(3), q.push(4)]).toEqual([true, true, true, false]);
    expect(q.shift()).toBe(1);
    expect(q.push(5)).toBe(true);
    expect([q.shift(), q.shift(), q.shift(), q.shift()]).toEqual([2, 3, 5, undefined]);
    expect(q.size).toBe(0);
  });

  it('with capacity 0 holds nothing', () => {
    const q = new BoundedFifo<number>(0);
    expect(q.push(1)).toBe(false);
    expect(q.shift()).toBeUndefined();
  });
});
