// Moodle's session lock: a request holds its session's lock from session start to the end of the
// request, so one user's parallel requests run one after another. A waiter gives up after
// `timeoutMs` (Moodle then fails the request). Entries exist only while a session is locked.
import type { Clock, Timer } from '../clock/clock.ts';

export type Unlock = () => void;

interface Waiter {
  readonly granted: (unlock: Unlock) => void;
  readonly timer: Timer;
}

interface LockState {
  readonly waiters: Waiter[];
}

export interface LockCounters {
  /** Requests that had to wait for another request of their session. */
  readonly waited: number;
  readonly timedOut: number;
}

export class SessionLocks {
  private readonly locks = new Map<string, LockState>();
  private waitedTotal = 0;
  private timedOutTotal = 0;

  constructor(
    private readonly clock: Clock,
    private readonly timeoutMs: number,
  ) {}

  /** Sessions currently locked (memory check for tests). */
  get lockedSessions(): number {
    return this.locks.size;
  }

  counters(): LockCounters {
    return { waited: this.waitedTotal, timedOut: this.timedOutTotal };
  }

  /** Calls `granted` now or when the session's earlier requests are done; `timedOut` if that takes too long. */
  acquire(sessionId: string, granted: (unlock: Unlock) => void, timedOut: () => void): void {
    const state = this.locks.get(sessionId);
    if (state === undefined) {
      this.locks.set(sessionId, { waiters: [] });
      granted(this.unlocker(sessionId));
      return;
    }
    this.waitedTotal++;
    const waiter: Waiter = {
      granted,
      timer: this.clock.setTimer(this.timeoutMs, () => {
        const i = state.waiters.indexOf(waiter);
        if (i >= 0) state.waiters.splice(i, 1);
        this.timedOutTotal++;
        timedOut();
      }),
    };
    state.waiters.push(waiter);
  }

  private unlocker(sessionId: string): Unlock {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const state = this.locks.get(sessionId);
      const next = state?.waiters.shift();
      if (next === undefined) {
        this.locks.delete(sessionId);
        return;
      }
      this.clock.clearTimer(next.timer);
      next.granted(this.unlocker(sessionId));
    };
  }
}
