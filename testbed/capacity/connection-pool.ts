// A server's connection limit (RDS max_connections, memcached connections): a connection is held
// for a whole PHP request. Connection-milliseconds are integrated so a period's mean is exact.
import type { Clock } from '../clock/clock.ts';

export class ConnectionPool {
  private open = 0;
  private connectionMsTotal = 0;
  private lastChange: number;

  constructor(
    readonly limit: number,
    private readonly clock: Clock,
  ) {
    this.lastChange = clock.now();
  }

  get current(): number {
    return this.open;
  }

  /** A release function, or null when the limit is reached (the client's connect fails). */
  connect(): (() => void) | null {
    if (this.open >= this.limit) return null;
    this.set(this.open + 1);
    let closed = false;
    return () => {
      if (closed) return;
      closed = true;
      this.set(this.open - 1);
    };
  }

  /** Connection-milliseconds since the start, up to now. */
  connectionMs(): number {
    this.integrate();
    return this.connectionMsTotal;
  }

  private set(open: number): void {
    this.integrate();
    this.open = open;
  }

  private integrate(): void {
    const now = this.clock.now();
    this.connectionMsTotal += this.open * Math.max(0, now - this.lastChange);
    this.lastChange = now;
  }
}
