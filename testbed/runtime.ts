// The hosting model with everything around it that is not HTTP: the scaling policy and its alarms,
// the CloudWatch publisher, and the environment.json and ground-truth.json it keeps up to date.
import { PutMetricAlarmCommand, PutMetricDataCommand, SetAlarmStateCommand, type CloudWatchClient, type PutMetricDataCommandInput } from '@aws-sdk/client-cloudwatch';
import { cloudWatchClient } from '../aws/cloudwatch-client.ts';
import type { AwsTarget, EnvironmentDescription } from '../aws/types.ts';
import { AlarmRunner } from './autoscaling/alarm-runner.ts';
import { EventLog } from './autoscaling/event-log.ts';
import { stepAlarms, targetTrackingAlarms, type PolicyAlarm } from './autoscaling/policy-alarms.ts';
import { putMetricAlarmInput, setAlarmStateInput } from './autoscaling/put-alarms.ts';
import { stepScaling, targetTracking } from './autoscaling/scaling-policy.ts';
import { realClock, type RealClock } from './clock/clock.ts';
import { costModel } from './capacity/costs.ts';
import type { ServiceTimeDistribution } from './capacity/distributions.ts';
import { testbedEnvironment } from './environment.ts';
import { buildGroundTruth } from './ground-truth/build.ts';
import { capacityModel } from './ground-truth/capacity.ts';
import type { GroundTruth } from './ground-truth/types.ts';
import { HostingModel } from './hosting/hosting-model.ts';
import { JsonFile } from './json-file.ts';
import { batchPutMetricData, PUT_METRIC_DATA_LIMITS, type BatchLimits } from './metrics/batches.ts';
import { periodData } from './metrics/datums.ts';
import { periodReport } from './metrics/period-report.ts';
import { MetricsPublisher } from './metrics/publisher.ts';
import { newInstanceId, newResourceIds, type ResourceIds } from './metrics/resource-ids.ts';
import type { EnvironmentProfile } from './profiles/types.ts';
import { errorKind, warnOncePerKind, type Warn } from './warn-once.ts';

/** Per-instance metric specs stop being added past this many launches (the group's metrics go on). */
const MAX_LISTED_INSTANCES = 500;

export interface RuntimeOptions {
  readonly profile: EnvironmentProfile;
  /** The foundation's model: every request is pure web CPU, no database. */
  readonly webOnly: boolean;
  readonly serviceTimeScale: number;
  readonly distribution: ServiceTimeDistribution;
  readonly cloudwatch: AwsTarget | null;
  readonly publishPeriodSeconds: number;
  readonly environmentPath: string;
  readonly groundTruthPath: string;
  readonly warn: Warn;
  readonly onPutMetricData?: (input: PutMetricDataCommandInput) => void;
  readonly putMetricDataLimits?: BatchLimits;
}

export class Runtime {
  readonly clock: RealClock = realClock();
  readonly ids: ResourceIds;
  readonly model: HostingModel;
  readonly log: EventLog;
  readonly alarms: readonly PolicyAlarm[];
  private readonly startedAtMs: number;
  private stoppedAtMs: number | null = null;
  private readonly instances: { id: string; index: number }[] = [];
  private readonly environmentFile: JsonFile;
  private readonly groundTruthFile: JsonFile;
  private readonly client: CloudWatchClient | null;
  private readonly background = new Set<Promise<void>>();
  private readonly warnOnce: (kind: string, message: string) => void;
  private readonly runner: AlarmRunner;
  private publisher: MetricsPublisher | null = null;

  constructor(private readonly o: RuntimeOptions) {
    const { profile, warn } = o;
    this.warnOnce = warnOncePerKind(warn);
    this.startedAtMs = this.clock.now();
    this.ids = newResourceIds(profile.name === 'single-instance' ? 'moodle-testbed' : `moodle-${profile.name}`.slice(0, 28));
    this.log = new EventLog(() => this.clock.now(), this.startedAtMs);
    this.environmentFile = new JsonFile(o.environmentPath, warn);
    this.groundTruthFile = new JsonFile(o.groundTruthPath, warn);
    this.client = o.cloudwatch === null ? null : cloudWatchClient(o.cloudwatch);
    const policy = profile.autoScaling.policy;
    this.alarms = policy === null ? [] : policy.type === 'step' ? stepAlarms(policy, this.ids.autoScalingGroup) : targetTrackingAlarms(policy, this.ids.autoScalingGroup);
    const longestPeriodMs = Math.max(o.publishPeriodSeconds * 1000, ...this.alarms.map((a) => a.periodSeconds * 1000 * profile.timeScale));
    this.model = new HostingModel({
      clock: this.clock,
      profile,
      costs: costModel(profile.costs, o.serviceTimeScale, profile.tenants.cpuOverhead, o.webOnly),
      distribution: o.distribution,
      log: this.log,
      newInstanceId,
      retainTerminatedMs: 3 * longestPeriodMs,
      onInstance: (instance) => {
        if (this.instances.length < MAX_LISTED_INSTANCES) this.instances.push({ id: instance.id, index: instance.index });
        this.environmentFile.update(this.environment());
      },
    });
    this.runner = new AlarmRunner({
      clock: this.clock,
      timeScale: profile.timeScale,
      snapshot: () => this.model.snapshot(),
      log: this.log,
      onStateChange: (alarm, state, value) => this.inBackground('SetAlarmState', async () => this.client?.send(new SetAlarmStateCommand(setAlarmStateInput(alarm, state, value)))),
    });
    this.log.onEvent(() => this.groundTruthFile.update(this.groundTruth()));
  }

  environment(): EnvironmentDescription {
    const p = this.o.profile;
    return testbedEnvironment(
      this.ids,
      {
        name: p.name === 'single-instance' ? 'moodle-testbed' : `moodle-testbed-${p.name}`,
        database: p.database !== null && !p.database.colocated,
        cache: p.sessions?.store === 'memcached',
        fileSystem: p.fileSystem !== null,
        sessions: p.sessions === null ? null : p.sessions.store === 'memcached' ? 'cache' : 'database',
        instances: this.instances,
      },
      this.o.cloudwatch,
      this.o.publishPeriodSeconds,
    );
  }

  groundTruth(): GroundTruth {
    return buildGroundTruth({
      profile: this.o.profile,
      capacity: capacityModel(this.o.profile, this.o.serviceTimeScale, this.o.webOnly),
      alarms: this.alarms,
      resourceIds: { ...this.ids },
      startedAtMs: this.startedAtMs,
      stoppedAtMs: this.stoppedAtMs,
      events: this.log.all(),
      eventsDropped: this.log.dropped,
    });
  }

  /** Writes both files, creates the alarms in CloudWatch, starts evaluating and publishing. */
  async start(): Promise<void> {
    this.environmentFile.update(this.environment());
    this.groundTruthFile.update(this.groundTruth());
    await Promise.all([this.environmentFile.flush(), this.groundTruthFile.flush()]);
    const region = this.o.cloudwatch?.region ?? '';
    for (const alarm of this.alarms) {
      try {
        await this.client?.send(new PutMetricAlarmCommand(putMetricAlarmInput(alarm, this.ids, region, this.o.profile.timeScale)));
      } catch (error) {
        this.warnOnce(`PutMetricAlarm:${errorKind(error)}`, `testbed: PutMetricAlarm ${alarm.name} failed: ${String(error)}`);
      }
    }
    const policy = this.o.profile.autoScaling.policy;
    if (policy !== null) {
      const deps = { clock: this.clock, timeScale: this.o.profile.timeScale, group: this.model.group, log: this.log };
      const act = policy.type === 'step' ? stepScaling(policy, deps) : targetTracking(policy, deps);
      for (const alarm of this.alarms) this.runner.start(alarm, (value) => act(alarm, value));
    }
    let previous = this.model.snapshot();
    const limits = this.o.putMetricDataLimits ?? PUT_METRIC_DATA_LIMITS;
    this.publisher = new MetricsPublisher({
      periodSeconds: this.o.publishPeriodSeconds,
      now: () => this.clock.now(),
      collect: (startMs) => {
        const current = this.model.snapshot();
        const report = periodReport(previous, current, this.model.responseTimes.take());
        previous = current;
        // Stamped with the publisher's period start, aligned to the period grid CloudWatch buckets by.
        return batchPutMetricData(periodData({ ...report, startMs }, this.ids, this.o.publishPeriodSeconds), limits);
      },
      send: async (input) => {
        if (this.client !== null) await this.client.send(new PutMetricDataCommand(input));
        this.o.onPutMetricData?.(input);
      },
      warn: this.o.warn,
    });
  }

  /** After the front door has drained: last period published, every timer cleared, files final. */
  async stop(): Promise<void> {
    this.runner.stop();
    await this.publisher?.stop();
    this.clock.clearAll();
    this.stoppedAtMs = this.clock.now();
    this.environmentFile.update(this.environment());
    this.groundTruthFile.update(this.groundTruth());
    while (this.background.size > 0) await Promise.all([...this.background]);
    await Promise.all([this.environmentFile.flush(), this.groundTruthFile.flush()]);
    this.client?.destroy();
  }

  private inBackground(what: string, task: () => Promise<unknown>): void {
    if (this.client === null) return;
    const p = task()
      .then(
        () => undefined,
        (error: unknown) => this.warnOnce(`${what}:${errorKind(error)}`, `testbed: ${what} failed: ${String(error)}`),
      )
      .finally(() => this.background.delete(p));
    this.background.add(p);
  }
}
