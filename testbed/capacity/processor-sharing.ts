// CPU as the operating system shares it: `cores` cores, every running job progresses at
// min(1, cores / jobs) of a core. One timer for the next completion, rescheduled whenever the
// number of jobs changes. Busy core-time is integrated exactly, so utilisation needs no sampling.
import type { Clock, Timer } from '../clock/clock.ts';

interface Job {
  remainingMs: number;
  readonly done: () => void;
}

/**
 * Work left below this is finished. Times are epoch milliseconds (~1.8e12), whose float resolution
 * is ~0.0002 ms: a smaller remainder could never be reached by advancing the clock.
 */
const EPSILON_MS = 1e-3;

export class ProcessorSharing {
  private readonly jobs = new Set<Job>();
  private lastUpdate: number;
  private busyCoreMsTotal = 0;
  private timer: Timer | undefined;

  constructor(
    readonly cores: number,
    private readonly clock: Clock,
  ) {
    if (!(cores > 0)) throw new RangeError(`cores must be > 0, got ${cores}`);
    this.lastUpdate = clock.now();
  }

  get active(): number {
    return this.jobs.size;
  }

  /** Runs `workMs` of one core's work; `done` is called when it has had it (at once for ≤ 0). */
  run(workMs: number, done: () => void): void {
    if (!(workMs > EPSILON_MS)) {
      done();
      return;
    }
    this.advance();
    this.jobs.add({ remainingMs: workMs, done });
    this.schedule();
  }

  /** Core-milliseconds of work done since the start, up to now. */
  busyCoreMs(): number {
    this.advance();
    return this.busyCoreMsTotal;
  }

  private rate(): number {
    return this.jobs.size <= this.cores ? 1 : this.cores / this.jobs.size;
  }

  private advance(): void {
    const now = this.clock.now();
    const elapsed = Math.max(0, now - this.lastUpdate);
    this.lastUpdate = now;
    if (elapsed === 0 || this.jobs.size === 0) return;
    const rate = this.rate();
    // Each job progresses elapsed × rate; together that is min(jobs, cores) × elapsed.
    this.busyCoreMsTotal += elapsed * rate * this.jobs.size;
    for (const job of this.jobs) job.remainingMs -= elapsed * rate;
  }

  private schedule(): void {
    this.clock.clearTimer(this.timer);
    this.timer = undefined;
    if (this.jobs.size === 0) return;
    let least = Number.POSITIVE_INFINITY;
    for (const job of this.jobs) least = Math.min(least, job.remainingMs);
    this.timer = this.clock.setTimer(Math.max(0, least / this.rate()), () => this.complete());
  }

  private complete(): void {
    this.timer = undefined;
    this.advance();
    const finished: Job[] = [];
    let least: Job | undefined;
    for (const job of this.jobs) {
      if (job.remainingMs <= EPSILON_MS) finished.push(job);
      if (least === undefined || job.remainingMs < least.remainingMs) least = job;
    }
    // The timer was for the least job; if rounding left it a hair short, it is done all the same.
    if (finished.length === 0 && least !== undefined) finished.push(least);
    for (const job of finished) this.jobs.delete(job);
    this.schedule();
    // After the state is consistent: a callback may submit new work.
    for (const job of finished) job.done();
  }
}
