// Time for the model. Everything that waits (service times, lock timeouts, boot, alarm periods) goes
// through a Clock, so the same code runs on wall-clock timers in the server and on a virtual clock
// in tests, and stop() can clear every timer the model ever set.

export interface Timer {
  readonly id: number;
}

export interface Clock {
  /** Epoch milliseconds with sub-millisecond resolution. */
  now(): number;
  /** Runs `fn` once after `delayMs` (≥ 0). */
  setTimer(delayMs: number, fn: () => void): Timer;
  clearTimer(timer: Timer | undefined): void;
}

export interface RealClock extends Clock {
  /** Timers set and not yet fired or cleared. */
  readonly pending: number;
  /** Clears every pending timer (the model's part of stopping). */
  clearAll(): void;
}

/** Wall-clock timers (unref'd: the HTTP server, not the model, keeps the process alive). */
export function realClock(): RealClock {
  const timers = new Map<number, NodeJS.Timeout>();
  let nextId = 1;
  return {
    now: () => performance.timeOrigin + performance.now(),
    setTimer(delayMs, fn) {
      const id = nextId++;
      const handle = setTimeout(() => {
        timers.delete(id);
        fn();
      }, Math.max(0, delayMs));
      handle.unref();
      timers.set(id, handle);
      return { id };
    },
    clearTimer(timer) {
      if (timer === undefined) return;
      clearTimeout(timers.get(timer.id));
      timers.delete(timer.id);
    },
    get pending() {
      return timers.size;
    },
    clearAll() {
      for (const handle of timers.values()) clearTimeout(handle);
      timers.clear();
    },
  };
}
