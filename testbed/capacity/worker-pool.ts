// One instance's PHP-FPM: `workers` slots (pm.max_children) and a FIFO backlog of at most
// `queueLimit` requests (the listen backlog); beyond that the connection is refused. Callbacks, not
// promises, so the model runs the same on a virtual clock.
import { BoundedFifo } from './fifo.ts';

/** Frees the slot; calling it again does nothing. */
export type Release = () => void;

export class WorkerPool {
  private busySlots = 0;
  private readonly waiting: BoundedFifo<(release: Release) => void>;

  constructor(
    readonly workers: number,
    readonly queueLimit: number,
  ) {
    this.waiting = new BoundedFifo(queueLimit);
  }

  get busy(): number {
    return this.busySlots;
  }

  get queued(): number {
    return this.waiting.size;
  }

  /** True when a new request would be refused. */
  get full(): boolean {
    return this.busySlots >= this.workers && this.waiting.size >= this.queueLimit;
  }

  /** `grant` runs now or when a slot frees up (FIFO); false when the backlog is full (refused). */
  acquire(grant: (release: Release) => void): boolean {
    if (this.busySlots < this.workers) {
      this.busySlots++;
      grant(this.releaser());
      return true;
    }
    return this.waiting.push(grant);
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so the busy count is unchanged.
      if (next !== undefined) next(this.releaser());
      else this.busySlots--;
    };
  }
}
