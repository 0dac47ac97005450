// Publishes one period at a time on wall-clock boundaries (multiples of the period since the epoch,
// so a GetMetricData with the same period sees one datum per bucket). A send never blocks the next
// period, and stop() publishes the partial last period and waits for every call.
import type { PutMetricDataCommandInput } from '@aws-sdk/client-cloudwatch';
import { errorKind, warnOncePerKind, type Warn } from '../warn-once.ts';

export interface PublisherDeps {
  readonly periodSeconds: number;
  /** Hands over the traffic of [startMs, endMs) as ready-to-send requests. */
  readonly collect: (startMs: number, endMs: number) => PutMetricDataCommandInput[];
  readonly send: (input: PutMetricDataCommandInput) => Promise<unknown>;
  readonly warn: Warn;
  readonly now?: () => number;
}

export class MetricsPublisher {
  private readonly periodMs: number;
  private readonly now: () => number;
  private readonly warnOnce: (kind: string, message: string) => void;
  private readonly inFlight = new Set<Promise<void>>();
  private periodStart: number;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly deps: PublisherDeps) {
    this.periodMs = deps.periodSeconds * 1000;
    this.now = deps.now ?? Date.now;
    this.warnOnce = warnOncePerKind(deps.warn);
    this.periodStart = this.now();
    this.schedule();
  }

  /** Publishes [last boundary, now) and resolves once every PutMetricData has settled. */
  async stop(): Promise<void> {
    if (!this.stopped) {
      this.stopped = true;
      clearTimeout(this.timer);
      const end = this.now();
      if (end > this.periodStart) this.publish(end);
    }
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  private schedule(): void {
    // From the open period's start too, so a timer that fires a hair early cannot make a 1 ms period.
    const from = Math.max(this.now(), this.periodStart);
    const next = (Math.floor(from / this.periodMs) + 1) * this.periodMs;
    this.timer = setTimeout(() => this.tick(next), Math.max(0, next - this.now()));
    // Publishing alone must not keep the process alive; the HTTP server does while it listens.
    this.timer.unref();
  }

  private tick(boundary: number): void {
    if (this.stopped) return;
    // A late timer still closes the period at the boundary, so periods stay aligned and contiguous.
    this.publish(Math.max(boundary, this.periodStart + 1));
    this.schedule();
  }

  private publish(end: number): void {
    let requests: PutMetricDataCommandInput[];
    try {
      requests = this.deps.collect(this.periodStart, end);
    } catch (error) {
      this.warnOnce(`collect:${errorKind(error)}`, `testbed: could not build the metrics of a period: ${String(error)}`);
      requests = [];
    }
    this.periodStart = end;
    for (const request of requests) {
      const call = this.deps
        .send(request)
        .then(
          () => undefined,
          (error: unknown) => {
            const message = error instanceof Error ? error.message : String(error);
            this.warnOnce(errorKind(error), `testbed: PutMetricData (${request.Namespace ?? '?'}) failed: ${errorKind(error)}: ${message}`);
          },
        )
        .finally(() => this.inFlight.delete(call));
      this.inFlight.add(call);
    }
  }
}
