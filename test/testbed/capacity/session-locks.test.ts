import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../testbed/clock/virtual-clock.ts';
import { SessionLocks, type Unlock } from '../../../testbed/capacity/session-locks.ts';

describe('SessionLocks', () => {
  it('serialises one session, FIFO, and leaves other sessions alone', () => {
    const clock = new VirtualClock();
    const locks = new SessionLocks(clock, 1000);
    const order: string[] = [];
    const unlocks = new Map<string, Unlock>();
    const take = (session: string, name: string): void =>
      locks.acquire(
        session,
        (unlock) => {
          order.push(name);
          unlocks.set(name, unlock);
        },
        () => order.push(`${name} timed out`),
      );
    take('s1', 'a');
    take('s1', 'b');
    take('s1', 'c');
    take('s2', 'x');
    expect(order).toEqual(['a', 'x']);
    unlocks.get('a')?.();
    unlocks.get('a')?.(); // a second unlock changes nothing
    expect(order).toEqual(['a', 'x', 'b']);
    unlocks.get('b')?.();
    unlocks.get('c')?.();
    unlocks.get('x')?.();
    expect(order).toEqual(['a', 'x', 'b', 'c']);
    expect(locks.lockedSessions).toBe(0);
    expect(locks.counters()).toEqual({ waited: 2, timedOut: 0 });
  });

  it('times a waiter out after the timeout; the holder is unaffected and the next waiter still gets it', () => {
    const clock = new VirtualClock();
    const locks = new SessionLocks(clock, 500);
    const events: string[] = [];
    let unlockA: Unlock = () => undefined;
    locks.acquire('s', (u) => (unlockA = u), () => events.push('a timed out'));
    locks.acquire('s', () => events.push(`b at ${clock.now()}`), () => events.push(`b timed out at ${clock.now()}`));
    clock.advanceBy(400);
    locks.acquire('s', (u) => events.push(`c at ${clock.now()}`) && u(), () => events.push('c timed out'));
    clock.advanceTo(500);
    expect(events).toEqual(['b timed out at 500']);
    clock.advanceTo(700);
    unlockA();
    expect(events).toEqual(['b timed out at 500', 'c at 700']);
    expect(locks.lockedSessions).toBe(0);
    expect(locks.counters()).toEqual({ waited: 2, timedOut: 1 });
    expect(clock.pending).toBe(0); // c's timeout timer was cleared when it got the lock
  });
});
