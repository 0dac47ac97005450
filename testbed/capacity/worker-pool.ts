// One instance's PHP-FPM: `workers` slots and a FIFO backlog of at most `queueLimit` requests.
// Busy time is integrated exactly (slots × elapsed ms between changes), so a period's utilisation
// needs no per-request records.
import { BoundedFifo } from './fifo.ts';

/** Frees the slot; call exactly once. */
export type Release = () => void;

export class WorkerPool {
  private busySlots = 0;
  private readonly waiting: BoundedFifo<(release: Release) => void>;
  private busySlotMs = 0;
  private lastChange: number;

  constructor(
    readonly workers: number,
    readonly queueLimit: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.waiting = new BoundedFifo(queueLimit);
    this.lastChange = now();
  }

  get busy(): number {
    return this.busySlots;
  }

  get queued(): number {
    return this.waiting.size;
  }

  /** A slot now or when one frees up (FIFO); null when the backlog is full (the LB answers 503). */
  tryAcquire(): Promise<Release> | null {
    if (this.busySlots < this.workers) {
      this.setBusy(this.busySlots + 1);
      return Promise.resolve(this.releaser());
    }
    let grant: ((release: Release) => void) | undefined;
    const granted = new Promise<Release>((resolve) => {
      grant = resolve;
    });
    if (grant === undefined || !this.waiting.push(grant)) return null;
    return granted;
  }

  /** Busy slot-milliseconds since the last call (the period's share of work). */
  takeBusySlotMs(): number {
    this.integrate();
    const taken = this.busySlotMs;
    this.busySlotMs = 0;
    return taken;
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so the busy count is unchanged.
      if (next !== undefined) next(this.releaser());
      else this.setBusy(this.busySlots - 1);
    };
  }

  private setBusy(slots: number): void {
    this.integrate();
    this.busySlots = slots;
  }

  private integrate(): void {
    const t = this.now();
    this.busySlotMs += this.busySlots * Math.max(0, t - this.lastChange);
    this.lastChange = t;
  }
}
