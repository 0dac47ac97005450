import { describe, expect, it } from 'vitest';
import { realClock } from '../../../testbed/clock/clock.ts';
import { VirtualClock } from '../../../testbed/clock/virtual-clock.ts';

describe('VirtualClock', () => {
  it('fires timers in time order, ties in the order set, including timers set while firing', () => {
    const clock = new VirtualClock(1000);
    const fired: string[] = [];
    clock.setTimer(30, () => fired.push(`c@${clock.now()}`));
    clock.setTimer(10, () => {
      fired.push(`a@${clock.now()}`);
      clock.setTimer(5, () => fired.push(`a2@${clock.now()}`));
    });
    clock.setTimer(10, () => fired.push(`b@${clock.now()}`));
    clock.advanceTo(1020);
    expect(fired).toEqual(['a@1010', 'b@1010', 'a2@1015']);
    expect(clock.now()).toBe(1020);
    clock.advanceBy(100);
    expect(fired.at(-1)).toBe('c@1030');
  });

  it('skips cleared timers', () => {
    const clock = new VirtualClock();
    const fired: number[] = [];
    const t = clock.setTimer(5, () => fired.push(1));
    clock.setTimer(6, () => fired.push(2));
    clock.clearTimer(t);
    expect(clock.pending).toBe(1);
    clock.advanceBy(10);
    expect(fired).toEqual([2]);
  });
});

describe('realClock', () => {
  it('tracks its timers and clears them all', async () => {
    const clock = realClock();
    let fired = 0;
    clock.setTimer(5, () => fired++);
    clock.setTimer(5, () => fired++);
    const third = clock.setTimer(5, () => fired++);
    clock.clearTimer(third);
    expect(clock.pending).toBe(2);
    clock.clearAll();
    expect(clock.pending).toBe(0);
    await new Promise((r) => setTimeout(r, 20));
    expect(fired).toBe(0);
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(50);
  });
});
