// The scaling events, in order, bounded: past `limit` the oldest are dropped and counted, so a
// flapping policy over a long run cannot grow memory without end.
import type { ScalingEvent } from './types.ts';

export type NewEvent = Omit<ScalingEvent, 'at' | 'atMs' | 'sinceStartSeconds'>;

export class EventLog {
  private readonly events: ScalingEvent[] = [];
  private droppedCount = 0;
  private readonly listeners: ((event: ScalingEvent) => void)[] = [];

  constructor(
    private readonly now: () => number,
    private readonly startedAtMs: number,
    private readonly limit = 10_000,
  ) {}

  get dropped(): number {
    return this.droppedCount;
  }

  all(): readonly ScalingEvent[] {
    return this.events;
  }

  onEvent(listener: (event: ScalingEvent) => void): void {
    this.listeners.push(listener);
  }

  add(event: NewEvent): ScalingEvent {
    const atMs = this.now();
    const full: ScalingEvent = { ...event, atMs, at: new Date(atMs).toISOString(), sinceStartSeconds: Math.round(atMs - this.startedAtMs) / 1000 };
    this.events.push(full);
    if (this.events.length > this.limit) {
      this.events.shift();
      this.droppedCount++;
    }
    for (const listener of this.listeners) listener(full);
    return full;
  }
}
