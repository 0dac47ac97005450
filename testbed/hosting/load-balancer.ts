// The ALB's target group: round robin over healthy targets (or, when none is healthy, over the
// unhealthy ones: ALB fails open), and health checks every interval. A probe fails while the
// instance is still warming up (probes within the warmup after registration) or when its backlog is
// full (the probe would be refused too).
import type { Clock, Timer } from '../clock/clock.ts';
import type { WebInstance } from './instance.ts';

export interface LoadBalancerDeps {
  readonly clock: Clock;
  readonly intervalMs: number;
  readonly healthyThreshold: number;
  readonly unhealthyThreshold: number;
  /** After registration, probes fail for this long (caches and OPcache warming). */
  readonly warmupMs: number;
  /** A target changed health: 'in-service' (first time healthy), 'healthy', 'unhealthy'. */
  readonly onHealthChange: (instance: WebInstance, change: 'in-service' | 'healthy' | 'unhealthy') => void;
}

interface Probe {
  /** Probes so far; those within the warmup fail. Counted, not timed, so timer jitter cannot shift it. */
  count: number;
  passes: number;
  failures: number;
  timer: Timer | undefined;
}

export class LoadBalancer {
  private readonly targets: WebInstance[] = [];
  private readonly probes = new Map<WebInstance, Probe>();
  private cursor = 0;

  constructor(private readonly deps: LoadBalancerDeps) {}

  /** The target for the next request, or null when there is none (the ALB answers 503). */
  pick(): WebInstance | null {
    const healthy = this.targets.filter((t) => t.state === 'healthy');
    const pool = healthy.length > 0 ? healthy : this.targets.filter((t) => t.state === 'unhealthy');
    if (pool.length === 0) return null;
    this.cursor = (this.cursor + 1) % pool.length;
    return pool[this.cursor] ?? null;
  }

  /** `healthy`: already serving (the group's initial instances); otherwise it starts in 'initial'. */
  register(instance: WebInstance, healthy: boolean): void {
    instance.state = healthy ? 'healthy' : 'initial';
    this.targets.push(instance);
    // An instance that is already serving has long finished warming up.
    const probe: Probe = { count: healthy ? Math.ceil(this.deps.warmupMs / this.deps.intervalMs) : 0, passes: 0, failures: 0, timer: undefined };
    this.probes.set(instance, probe);
    this.scheduleProbe(instance, probe);
  }

  /** Stops routing to it and stops its health checks. */
  deregister(instance: WebInstance): void {
    const i = this.targets.indexOf(instance);
    if (i >= 0) this.targets.splice(i, 1);
    this.deps.clock.clearTimer(this.probes.get(instance)?.timer);
    this.probes.delete(instance);
  }

  counts(): { healthy: number; unhealthy: number } {
    let healthy = 0;
    for (const t of this.targets) if (t.state === 'healthy') healthy++;
    return { healthy, unhealthy: this.targets.length - healthy };
  }

  private scheduleProbe(instance: WebInstance, probe: Probe): void {
    probe.timer = this.deps.clock.setTimer(this.deps.intervalMs, () => {
      this.probe(instance, probe);
      if (this.probes.get(instance) === probe) this.scheduleProbe(instance, probe);
    });
  }

  private probe(instance: WebInstance, probe: Probe): void {
    probe.count++;
    const warm = probe.count * this.deps.intervalMs >= this.deps.warmupMs;
    const pass = warm && !instance.pool.full;
    if (pass) {
      probe.passes++;
      probe.failures = 0;
      if (instance.state !== 'healthy' && probe.passes >= this.deps.healthyThreshold) {
        const first = instance.state === 'initial';
        instance.state = 'healthy';
        this.deps.onHealthChange(instance, first ? 'in-service' : 'healthy');
      }
    } else {
      probe.failures++;
      probe.passes = 0;
      if (instance.state === 'healthy' && probe.failures >= this.deps.unhealthyThreshold) {
        instance.state = 'unhealthy';
        this.deps.onHealthChange(instance, 'unhealthy');
      }
    }
  }
}
