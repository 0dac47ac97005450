// The Auto Scaling group: keeps the number of live instances at the desired capacity. A launched
// instance boots (pending), registers with the load balancer and serves once its health checks pass;
// a scaled-in instance is deregistered, drains (until idle or the deregistration delay) and is
// terminated. Scale-in takes pending instances first, then the newest.
import type { Clock, Timer } from '../clock/clock.ts';
import type { WebInstance } from '../hosting/instance.ts';
import type { LoadBalancer } from '../hosting/load-balancer.ts';
import type { EventLog } from './event-log.ts';

export interface GroupDeps {
  readonly clock: Clock;
  readonly min: number;
  readonly max: number;
  readonly bootMs: number;
  readonly deregistrationDelayMs: number;
  readonly newInstance: () => WebInstance;
  readonly loadBalancer: LoadBalancer;
  readonly log: EventLog;
  /** Terminated instances stay listed this long, so the last period's metrics include them. */
  readonly retainTerminatedMs: number;
}

export class AutoScalingGroup {
  private desiredCapacity: number;
  private readonly members: WebInstance[] = [];
  private readonly timers = new Map<WebInstance, Timer>();

  constructor(
    private readonly deps: GroupDeps,
    desired: number,
  ) {
    this.desiredCapacity = desired;
    // The initial capacity has been running before the test: in service at once.
    for (let i = 0; i < desired; i++) {
      const instance = deps.newInstance();
      instance.bootedAtMs = deps.clock.now();
      deps.log.add({ type: 'launch', instanceId: instance.id, reason: 'initial capacity' });
      deps.loadBalancer.register(instance, true);
      deps.log.add({ type: 'in-service', instanceId: instance.id, reason: 'initial capacity' });
      this.members.push(instance);
    }
  }

  get desired(): number {
    return this.desiredCapacity;
  }

  get min(): number {
    return this.deps.min;
  }

  get max(): number {
    return this.deps.max;
  }

  /** Every instance not yet pruned, terminated ones included (for the last metrics). */
  instances(): readonly WebInstance[] {
    this.prune();
    return this.members;
  }

  /** Not draining or terminated: what counts towards the desired capacity. */
  live(): WebInstance[] {
    return this.members.filter((m) => m.state !== 'draining' && m.state !== 'terminated');
  }

  /** The capacity `setDesired(capacity)` would set. */
  clamp(capacity: number): number {
    return Math.min(this.deps.max, Math.max(this.deps.min, Math.round(capacity)));
  }

  /** Clamped to min..max; returns the capacity set. */
  setDesired(capacity: number): number {
    this.desiredCapacity = this.clamp(capacity);
    this.reconcile();
    return this.desiredCapacity;
  }

  private reconcile(): void {
    const live = this.live();
    for (let n = live.length; n < this.desiredCapacity; n++) this.launch();
    if (live.length > this.desiredCapacity) {
      const order = [...live].sort((a, b) => (a.state === 'pending' ? 0 : 1) - (b.state === 'pending' ? 0 : 1) || b.launchedAtMs - a.launchedAtMs || b.index - a.index);
      for (const instance of order.slice(0, live.length - this.desiredCapacity)) this.terminate(instance);
    }
  }

  private launch(): void {
    const { clock, log } = this.deps;
    const instance = this.deps.newInstance();
    this.members.push(instance);
    log.add({ type: 'launch', instanceId: instance.id, reason: `desired capacity ${this.desiredCapacity}` });
    this.timers.set(
      instance,
      clock.setTimer(this.deps.bootMs, () => {
        this.timers.delete(instance);
        instance.bootedAtMs = clock.now();
        this.deps.loadBalancer.register(instance, false);
        log.add({ type: 'registered', instanceId: instance.id, reason: 'boot complete; health checks start' });
      }),
    );
  }

  private terminate(instance: WebInstance): void {
    const { clock, log } = this.deps;
    clock.clearTimer(this.timers.get(instance));
    this.timers.delete(instance);
    if (instance.state === 'pending') {
      this.finish(instance, 'scale-in before boot completed');
      return;
    }
    this.deps.loadBalancer.deregister(instance);
    instance.state = 'draining';
    log.add({ type: 'draining', instanceId: instance.id, reason: `desired capacity ${this.desiredCapacity}` });
    const done = (why: string): void => {
      clock.clearTimer(this.timers.get(instance));
      this.timers.delete(instance);
      instance.onIdle = null;
      this.finish(instance, why);
    };
    // ALB completes deregistration at once when the target has nothing in flight.
    if (instance.inFlight === 0) {
      done('drained');
      return;
    }
    instance.onIdle = () => done('drained');
    this.timers.set(instance, clock.setTimer(this.deps.deregistrationDelayMs, () => done('deregistration delay expired')));
  }

  private finish(instance: WebInstance, why: string): void {
    instance.state = 'terminated';
    instance.terminatedAtMs = this.deps.clock.now();
    this.deps.log.add({ type: 'terminated', instanceId: instance.id, reason: why });
  }

  private prune(): void {
    const cutoff = this.deps.clock.now() - this.deps.retainTerminatedMs;
    for (let i = this.members.length - 1; i >= 0; i--) {
      const m = this.members[i];
      if (m !== undefined && m.terminatedAtMs !== null && m.terminatedAtMs < cutoff) this.members.splice(i, 1);
    }
  }
}
