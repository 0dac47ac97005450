// A clock that only moves when told to: timers fire in time order (ties in the order they were set),
// synchronously, so a simulation of hours takes milliseconds and is exactly reproducible.
import type { Clock, Timer } from './clock.ts';

interface Entry {
  readonly id: number;
  readonly at: number;
  readonly fn: () => void;
}

export class VirtualClock implements Clock {
  private time: number;
  private nextId = 1;
  // A binary min-heap on (at, id).
  private readonly heap: Entry[] = [];
  private readonly cancelled = new Set<number>();

  constructor(startMs = 0) {
    this.time = startMs;
  }

  now(): number {
    return this.time;
  }

  get pending(): number {
    return this.heap.length - this.cancelled.size;
  }

  setTimer(delayMs: number, fn: () => void): Timer {
    const entry: Entry = { id: this.nextId++, at: this.time + Math.max(0, delayMs), fn };
    this.push(entry);
    return { id: entry.id };
  }

  clearTimer(timer: Timer | undefined): void {
    if (timer !== undefined && this.heap.some((e) => e.id === timer.id)) this.cancelled.add(timer.id);
  }

  /** Fires every timer due up to `t` (including ones set meanwhile), then sets the time to `t`. */
  advanceTo(t: number): void {
    for (;;) {
      const head = this.heap[0];
      if (head === undefined || head.at > t) break;
      this.pop();
      if (this.cancelled.delete(head.id)) continue;
      this.time = Math.max(this.time, head.at);
      head.fn();
    }
    this.time = Math.max(this.time, t);
  }

  advanceBy(ms: number): void {
    this.advanceTo(this.time + ms);
  }

  private less(a: Entry, b: Entry): boolean {
    return a.at < b.at || (a.at === b.at && a.id < b.id);
  }

  private push(entry: Entry): void {
    const h = this.heap;
    h.push(entry);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = h[parent];
      const c = h[i];
      if (p === undefined || c === undefined || !this.less(c, p)) break;
      h[parent] = c;
      h[i] = p;
      i = parent;
    }
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop();
    if (last === undefined || h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      const s = (): Entry | undefined => h[smallest];
      const hl = h[l];
      const hr = h[r];
      const cur = s();
      if (hl !== undefined && cur !== undefined && this.less(hl, cur)) smallest = l;
      const cur2 = s();
      if (hr !== undefined && cur2 !== undefined && this.less(hr, cur2)) smallest = r;
      if (smallest === i) break;
      const a = h[i];
      const b = h[smallest];
      if (a === undefined || b === undefined) break;
      h[i] = b;
      h[smallest] = a;
      i = smallest;
    }
  }
}
