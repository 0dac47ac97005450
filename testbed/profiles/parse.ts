// Builds an EnvironmentProfile from a profile file's JSON, once, at load: every field checked,
// defaults filled in (8-minute boot, ALB health-check defaults, lognormal service times).
import { BASE_SERVICE_MS } from '../capacity/transactions.ts';
import { ProfileError, Reader } from './reader.ts';
import type {
  AlarmMetric,
  AutoScalingSpec,
  Comparison,
  CostsSpec,
  DatabaseSpec,
  DistributionSpec,
  EnvironmentProfile,
  SessionSpec,
  StepAlarmSpec,
  StepPolicySpec,
  TargetTrackingSpec,
  TransactionCost,
} from './types.ts';

export const RESOURCE_NAMES = ['web-cpu', 'web-workers', 'db-cpu', 'db-connections', 'session-store', 'file-system'] as const;
const ALARM_METRICS: readonly AlarmMetric[] = [
  'AWS/EC2:CPUUtilization',
  'AWS/ApplicationELB:RequestCountPerTarget',
  'AWS/ApplicationELB:RequestCount',
  'AWS/ApplicationELB:TargetResponseTime',
  'AWS/RDS:CPUUtilization',
];
const COMPARISONS: readonly Comparison[] = ['GreaterThanOrEqualToThreshold', 'GreaterThanThreshold', 'LessThanThreshold', 'LessThanOrEqualToThreshold'];
const STATISTICS = ['Average', 'Sum', 'Maximum', 'Minimum', 'SampleCount'] as const;

/** What the login-storm scenario sends per iteration: login (4 requests), 3 AJAX calls, logout. */
export const LOGIN_STORM_MIX: Readonly<Record<string, number>> = { login_page: 1, login_post: 1, testsession: 1, dashboard: 1, ajax: 3, logout: 1 };

export function parseEnvironmentProfile(name: string, json: unknown): EnvironmentProfile {
  const r = Reader.root(`profile ${name}`, json);
  r.only(['description', 'designedBottleneck', 'instance', 'loadBalancer', 'autoScaling', 'database', 'sessions', 'fileSystem', 'costs', 'tenants', 'mix', 'timeScale']);
  const database = r.isNull('database') ? null : parseDatabase(r.object('database'));
  const sessions = parseSessions(r.object('sessions'));
  if (sessions.store === 'database' && database === null) r.fail('sessions.store', 'memcached when there is no database', sessions.store);
  const costs = parseCosts(r.object('costs', { optional: true }));
  const profile: EnvironmentProfile = {
    name,
    description: r.string('description'),
    designedBottleneck: r.oneOf('designedBottleneck', RESOURCE_NAMES),
    instance: parseInstance(r.object('instance')),
    loadBalancer: parseLoadBalancer(r.object('loadBalancer', { optional: true })),
    autoScaling: parseAutoScaling(r.object('autoScaling'), database),
    database,
    sessions,
    fileSystem: r.isNull('fileSystem') || !r.has('fileSystem') ? null : { throughputMiBps: r.object('fileSystem').positive('throughputMiBps') },
    costs,
    tenants: parseTenants(r.object('tenants', { optional: true })),
    mix: parseMix(r, costs),
    timeScale: r.positive('timeScale', 1),
  };
  return profile;
}

function parseInstance(r: Reader): EnvironmentProfile['instance'] {
  r.only(['type', 'cores', 'workers', 'queueLimit']);
  return { type: r.string('type'), cores: r.integer('cores', 1), workers: r.integer('workers', 1), queueLimit: r.integer('queueLimit', 0) };
}

function parseLoadBalancer(r: Reader): EnvironmentProfile['loadBalancer'] {
  r.only(['healthCheck', 'deregistrationDelaySeconds']);
  const hc = r.object('healthCheck', { optional: true });
  hc.only(['intervalSeconds', 'healthyThreshold', 'unhealthyThreshold']);
  return {
    // ALB target group defaults.
    healthCheck: { intervalSeconds: hc.positive('intervalSeconds', 30), healthyThreshold: hc.integer('healthyThreshold', 1, 5), unhealthyThreshold: hc.integer('unhealthyThreshold', 1, 2) },
    deregistrationDelaySeconds: r.nonNegative('deregistrationDelaySeconds', 300),
  };
}

function parseAutoScaling(r: Reader, database: DatabaseSpec | null): AutoScalingSpec {
  r.only(['min', 'max', 'desired', 'bootSeconds', 'warmupSeconds', 'policy']);
  const min = r.integer('min', 1);
  const max = r.integer('max', min);
  const desired = r.number('desired', (n) => Number.isInteger(n) && n >= min && n <= max, `an integer from min (${min}) to max (${max})`, min);
  const policy = r.isNull('policy') || !r.has('policy') ? null : parsePolicy(r.object('policy'), database);
  return { min, max, desired, bootSeconds: r.nonNegative('bootSeconds', 480), warmupSeconds: r.nonNegative('warmupSeconds', 60), policy };
}

function parsePolicy(r: Reader, database: DatabaseSpec | null): StepPolicySpec | TargetTrackingSpec {
  const type = r.oneOf('type', ['step', 'target-tracking'] as const);
  if (type === 'target-tracking') {
    r.only(['type', 'metric', 'targetValue', 'warmupSeconds', 'scaleInCooldownSeconds', 'disableScaleIn']);
    return {
      type,
      metric: r.oneOf('metric', ['ASGAverageCPUUtilization', 'ALBRequestCountPerTarget'] as const),
      targetValue: r.positive('targetValue'),
      warmupSeconds: r.nonNegative('warmupSeconds', 300),
      scaleInCooldownSeconds: r.nonNegative('scaleInCooldownSeconds', 300),
      disableScaleIn: r.boolean('disableScaleIn', false),
    };
  }
  r.only(['type', 'cooldownSeconds', 'alarms']);
  const alarms = r.list('alarms').map((a) => parseStepAlarm(a, database));
  if (alarms.length === 0) r.fail('alarms', 'at least one alarm', []);
  return { type, cooldownSeconds: r.nonNegative('cooldownSeconds', 300), alarms };
}

function parseStepAlarm(r: Reader, database: DatabaseSpec | null): StepAlarmSpec {
  r.only(['name', 'metric', 'statistic', 'comparison', 'threshold', 'periodSeconds', 'evaluationPeriods', 'datapointsToAlarm', 'steps']);
  const metric = r.oneOf('metric', ALARM_METRICS);
  if (metric === 'AWS/RDS:CPUUtilization' && (database === null || database.colocated)) r.fail('metric', 'a metric of a resource the profile has (no RDS instance)', metric);
  const statistic = r.oneOf('statistic', STATISTICS);
  if ((metric === 'AWS/ApplicationELB:RequestCountPerTarget' || metric === 'AWS/ApplicationELB:RequestCount') && statistic !== 'Sum') r.fail('statistic', `Sum (the only statistic of ${metric})`, statistic);
  const periodSeconds = r.number('periodSeconds', (n) => n === 10 || n === 20 || n === 30 || (Number.isInteger(n) && n >= 60 && n % 60 === 0), '10, 20, 30 or a multiple of 60', 60);
  const evaluationPeriods = r.integer('evaluationPeriods', 1);
  const datapointsToAlarm = r.number('datapointsToAlarm', (n) => Number.isInteger(n) && n >= 1 && n <= evaluationPeriods, `an integer from 1 to evaluationPeriods (${evaluationPeriods})`, evaluationPeriods);
  if (periodSeconds * evaluationPeriods > 7 * 86400) r.fail('evaluationPeriods', 'periodSeconds × evaluationPeriods ≤ 7 days', evaluationPeriods);
  const steps = r.list('steps').map((s) => {
    s.only(['lower', 'upper', 'adjustment']);
    const lower = s.nullableNumber('lower');
    const upper = s.nullableNumber('upper');
    if (lower !== null && upper !== null && upper <= lower) s.fail('upper', `a bound above lower (${lower})`, upper);
    return { lower, upper, adjustment: s.number('adjustment', (n) => Number.isInteger(n) && n !== 0, 'a non-zero integer (instances to add or remove)') };
  });
  if (steps.length === 0) r.fail('steps', 'at least one step', []);
  return { name: r.string('name'), metric, statistic, comparison: r.oneOf('comparison', COMPARISONS), threshold: r.number('threshold', () => true, 'a number'), periodSeconds, evaluationPeriods, datapointsToAlarm, steps };
}

function parseDatabase(r: Reader): DatabaseSpec {
  r.only(['engine', 'instanceClass', 'cores', 'maxConnections', 'colocated']);
  return {
    engine: r.oneOf('engine', ['postgres', 'mysql'] as const, 'postgres'),
    instanceClass: r.string('instanceClass'),
    cores: r.integer('cores', 1),
    maxConnections: r.integer('maxConnections', 1),
    colocated: r.boolean('colocated', false),
  };
}

function parseSessions(r: Reader): SessionSpec {
  r.only(['store', 'nodeType', 'cores', 'costMs', 'lockTimeoutSeconds']);
  const store = r.oneOf('store', ['database', 'memcached'] as const);
  return {
    store,
    nodeType: store === 'memcached' ? r.string('nodeType', 'cache.t3.medium') : 'database',
    cores: r.integer('cores', 1, 2),
    costMs: r.nonNegative('costMs', store === 'memcached' ? 0.2 : 2),
    // Moodle's default session_database_acquire_lock_timeout.
    lockTimeoutSeconds: r.positive('lockTimeoutSeconds', 120),
  };
}

function parseDistribution(r: Reader): DistributionSpec {
  const kind = r.oneOf('kind', ['lognormal', 'exponential', 'fixed'] as const, 'lognormal');
  if (kind === 'lognormal') return { kind, cv: r.nonNegative('cv', 0.3) };
  return { kind };
}

function parseCosts(r: Reader): CostsSpec {
  r.only(['cpuScale', 'dbScale', 'ioScale', 'distribution', 'transactions']);
  const transactions: Record<string, TransactionCost> = {};
  const t = r.object('transactions', { optional: true });
  for (const key of t.keys()) {
    const c = t.object(key);
    c.only(['cpuMs', 'dbMs', 'waitMs', 'ioKiB']);
    transactions[key] = { cpuMs: c.nonNegative('cpuMs'), dbMs: c.nonNegative('dbMs', 0), waitMs: c.nonNegative('waitMs', 0), ioKiB: c.nonNegative('ioKiB', 0) };
  }
  return {
    cpuScale: r.positive('cpuScale', 1),
    dbScale: r.nonNegative('dbScale', 1),
    ioScale: r.nonNegative('ioScale', 1),
    distribution: parseDistribution(r.object('distribution', { optional: true })),
    transactions,
  };
}

function parseTenants(r: Reader): EnvironmentProfile['tenants'] {
  r.only(['count', 'cpuOverhead']);
  return { count: r.integer('count', 1, 1), cpuOverhead: r.number('cpuOverhead', (n) => n >= 1, 'a multiplier ≥ 1', 1) };
}

function parseMix(r: Reader, costs: CostsSpec): Readonly<Record<string, number>> {
  if (!r.has('mix')) return LOGIN_STORM_MIX;
  const m = r.object('mix');
  const mix: Record<string, number> = {};
  for (const key of m.keys()) {
    if (!(key in BASE_SERVICE_MS) && costs.transactions[key] === undefined) {
      m.fail(key, `a transaction of the testbed (${Object.keys(BASE_SERVICE_MS).join(', ')}) or one given in costs.transactions`, key);
    }
    mix[key] = m.positive(key);
  }
  if (Object.keys(mix).length === 0) r.fail('mix', 'at least one transaction', {});
  return mix;
}

export { ProfileError };
