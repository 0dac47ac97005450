// The whole hosting environment in one object: load balancer, Auto Scaling group of web instances,
// database, session store and file system, plus the cumulative counters every metric is computed
// from. The HTTP front door hands each request to `handle`.
import type { MoodleApp } from '../app/application.ts';
import type { EventLog } from '../autoscaling/event-log.ts';
import { AutoScalingGroup } from '../autoscaling/group.ts';
import type { Clock } from '../clock/clock.ts';
import type { CostModel } from '../capacity/costs.ts';
import type { ServiceTimeDistribution } from '../capacity/distributions.ts';
import { PeriodStats } from '../capacity/period-stats.ts';
import type { AppRequest } from '../http/types.ts';
import type { EnvironmentProfile } from '../profiles/types.ts';
import { ELB_503 } from './error-pages.ts';
import { WebInstance } from './instance.ts';
import { LoadBalancer } from './load-balancer.ts';
import { serveOnInstance, type Outcome, type PipelineDeps } from './pipeline.ts';
import { Database, SessionStore, SharedFileSystem } from './shared-services.ts';
import type { ModelSnapshot } from './types.ts';

export interface HostingModelDeps {
  readonly clock: Clock;
  readonly profile: EnvironmentProfile;
  readonly costs: CostModel;
  readonly distribution: ServiceTimeDistribution;
  readonly log: EventLog;
  readonly newInstanceId: () => string;
  /** How long terminated instances stay in snapshots (≥ the longest metrics or alarm period). */
  readonly retainTerminatedMs: number;
  /** Told of every instance the group creates (the environment description lists them). */
  readonly onInstance?: (instance: WebInstance) => void;
}

interface Totals {
  requests: number;
  routed: number;
  target5xx: number;
  elb502: number;
  elb503: number;
  responseMsSum: number;
  responses: number;
}

export class HostingModel {
  readonly loadBalancer: LoadBalancer;
  readonly group: AutoScalingGroup;
  readonly database: Database | null;
  readonly sessions: SessionStore | null;
  readonly fileSystem: SharedFileSystem | null;
  /** Target response times of the current publishing period. */
  readonly responseTimes = new PeriodStats();
  private readonly pipeline: PipelineDeps;
  private readonly totals: Totals = { requests: 0, routed: 0, target5xx: 0, elb502: 0, elb503: 0, responseMsSum: 0, responses: 0 };

  constructor(private readonly deps: HostingModelDeps) {
    const { clock, profile, log } = deps;
    const scale = profile.timeScale * 1000;
    this.database = profile.database === null ? null : new Database(profile.database, clock);
    this.sessions = profile.sessions === null ? null : new SessionStore(profile.sessions, clock);
    this.fileSystem = profile.fileSystem === null ? null : new SharedFileSystem(profile.fileSystem, clock);
    this.pipeline = { clock, costs: deps.costs, distribution: deps.distribution, database: this.database, sessions: this.sessions, fileSystem: this.fileSystem };
    const hc = profile.loadBalancer.healthCheck;
    this.loadBalancer = new LoadBalancer({
      clock,
      intervalMs: hc.intervalSeconds * scale,
      healthyThreshold: hc.healthyThreshold,
      unhealthyThreshold: hc.unhealthyThreshold,
      warmupMs: profile.autoScaling.warmupSeconds * scale,
      onHealthChange: (instance, change) => log.add({ type: change, instanceId: instance.id, reason: change === 'unhealthy' ? 'health checks failed (backlog full)' : 'health checks passed' }),
    });
    let launched = 0;
    this.group = new AutoScalingGroup(
      {
        clock,
        min: profile.autoScaling.min,
        max: profile.autoScaling.max,
        bootMs: profile.autoScaling.bootSeconds * scale,
        deregistrationDelayMs: profile.loadBalancer.deregistrationDelaySeconds * scale,
        newInstance: () => {
          const instance = new WebInstance(deps.newInstanceId(), ++launched, profile.instance, clock, clock.now());
          deps.onInstance?.(instance);
          return instance;
        },
        loadBalancer: this.loadBalancer,
        log,
        retainTerminatedMs: deps.retainTerminatedMs,
      },
      profile.autoScaling.desired,
    );
  }

  /** Routes one request; `done` gets the response and where it came from. */
  handle(request: AppRequest, app: MoodleApp, tenantKey: string, done: (outcome: Outcome) => void): void {
    const arrived = this.deps.clock.now();
    this.totals.requests++;
    const instance = this.loadBalancer.pick();
    if (instance === null) {
      this.totals.elb503++;
      done({ response: ELB_503, source: 'elb', transaction: null, queuedMs: 0 });
      return;
    }
    this.totals.routed++;
    serveOnInstance(this.pipeline, instance, app, request, tenantKey, (outcome) => {
      if (outcome.source === 'elb') {
        this.totals.elb502++;
      } else {
        const ms = this.deps.clock.now() - arrived;
        this.totals.responses++;
        this.totals.responseMsSum += ms;
        if (outcome.response.status >= 500) this.totals.target5xx++;
        this.responseTimes.recordResponse(ms);
      }
      done(outcome);
    });
  }

  snapshot(): ModelSnapshot {
    const instances = this.group.instances();
    const live = this.group.live();
    const { healthy, unhealthy } = this.loadBalancer.counts();
    if (this.fileSystem !== null) this.fileSystem.clients = instances.filter((i) => i.running).length;
    return {
      atMs: this.deps.clock.now(),
      traffic: { ...this.totals },
      instances: instances.map((i) => i.totals()),
      group: {
        min: this.group.min,
        max: this.group.max,
        desired: this.group.desired,
        inService: live.filter((i) => i.running).length,
        pending: live.filter((i) => i.state === 'pending').length,
        healthy,
        unhealthy,
      },
      database: this.database?.totals() ?? null,
      cache: this.sessions?.totals() ?? null,
      fileSystem: this.fileSystem?.totals() ?? null,
      sessionLocks: this.sessions?.locks?.counters() ?? null,
    };
  }
}
