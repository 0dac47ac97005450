// One web server: PHP-FPM worker slots with a backlog, and its cores shared by the PHP processes.
import type { Clock } from '../clock/clock.ts';
import { ProcessorSharing } from '../capacity/processor-sharing.ts';
import { WorkerPool } from '../capacity/worker-pool.ts';
import type { InstanceSpec } from '../profiles/types.ts';
import type { InstanceState, InstanceTotals } from './types.ts';

export class WebInstance {
  state: InstanceState = 'pending';
  readonly pool: WorkerPool;
  readonly cpu: ProcessorSharing;
  bootedAtMs: number | null = null;
  terminatedAtMs: number | null = null;
  /** Accepted and not yet answered (queued or running). */
  inFlight = 0;
  served = 0;
  /** Called whenever inFlight drops to 0 (draining waits for it). */
  onIdle: (() => void) | null = null;

  constructor(
    readonly id: string,
    readonly index: number,
    spec: InstanceSpec,
    clock: Clock,
    readonly launchedAtMs: number,
  ) {
    this.pool = new WorkerPool(spec.workers, spec.queueLimit);
    this.cpu = new ProcessorSharing(spec.cores, clock);
  }

  /** Booted and not yet gone: counts as InService for the auto scaling group. */
  get running(): boolean {
    return this.state === 'initial' || this.state === 'healthy' || this.state === 'unhealthy' || this.state === 'draining';
  }

  requestStarted(): void {
    this.inFlight++;
  }

  requestFinished(): void {
    this.inFlight--;
    this.served++;
    if (this.inFlight === 0) this.onIdle?.();
  }

  totals(): InstanceTotals {
    return {
      id: this.id,
      index: this.index,
      state: this.state,
      cores: this.cpu.cores,
      busyCoreMs: this.cpu.busyCoreMs(),
      launchedAtMs: this.launchedAtMs,
      bootedAtMs: this.bootedAtMs,
      terminatedAtMs: this.terminatedAtMs,
      served: this.served,
    };
  }
}
