// The analytic capacities of the ground truth, on a profile whose numbers are easy to check by hand.
import { describe, expect, it } from 'vitest';
import { buildGroundTruth } from '../../../testbed/ground-truth/build.ts';
import { capacityModel } from '../../../testbed/ground-truth/capacity.ts';
import { GROUND_TRUTH_SCHEMA } from '../../../testbed/ground-truth/types.ts';
import { parseEnvironmentProfile } from '../../../testbed/profiles/parse.ts';
import type { EnvironmentProfile } from '../../../testbed/profiles/types.ts';

// One transaction: 20 ms web CPU, 5 ms DB CPU, 5 ms other wait, 100 KiB from the file system.
const profile = (over: Record<string, unknown> = {}): EnvironmentProfile =>
  parseEnvironmentProfile('hand', {
    description: 'numbers that are easy to check by hand',
    designedBottleneck: 'web-cpu',
    instance: { type: 't', cores: 2, workers: 10, queueLimit: 10 },
    autoScaling: { min: 1, max: 2 },
    database: { instanceClass: 'db', cores: 1, maxConnections: 50 },
    sessions: { store: 'memcached', cores: 1, costMs: 0.5 },
    fileSystem: { throughputMiBps: 10 },
    costs: { transactions: { work: { cpuMs: 20, dbMs: 5, waitMs: 5, ioKiB: 100 } } },
    mix: { work: 1 },
    ...over,
  });

describe('capacityModel', () => {
  it('computes each resource from cores, connections and the per-request demand of the mix', () => {
    const c = capacityModel(profile(), 1, false);
    const fsMs = (100 / (10 * 1024)) * 1000; // 9.77 ms of a 10 MiB/s budget
    expect(c.perRequest).toMatchObject({ webCpuMs: 20, dbCpuMs: 5, cacheCpuMs: 0.5, fileSystemKiB: 100, otherWaitMs: 5 });
    expect(c.perRequest.residenceMs).toBeCloseTo(20 + 5 + 0.5 + fsMs + 5, 9);
    const rps = Object.fromEntries(c.resources.map((r) => [r.resource, r.capacityRps]));
    expect(rps).toEqual({
      'web-cpu': 100, // 2 cores × 1000 / 20
      'web-workers': Number(((10 * 1000) / c.perRequest.residenceMs).toFixed(2)),
      'db-cpu': 200, // 1 core × 1000 / 5
      'db-connections': Number(((50 * 1000) / c.perRequest.residenceMs).toFixed(2)),
      'session-store': 2000, // 1 core × 1000 / 0.5
      'file-system': Number((1000 / fsMs).toFixed(2)), // 102.4
    });
    expect(c.resources.find((r) => r.resource === 'web-cpu')?.formula).toBe('2 cores × 1000 ÷ 20 ms CPU per request = 100 req/s');
    expect(c.instance).toEqual({ capacityRps: 100, limitedBy: 'web-cpu' });
  });

  it('the site: instance capacity × instances until a shared resource is lower', () => {
    const c = capacityModel(profile(), 1, false);
    expect(c.siteAt(1)).toEqual({ instances: 1, capacityRps: 100, limitedBy: 'web-cpu' });
    expect(c.siteAt(2)).toEqual({ instances: 2, capacityRps: 102.4, limitedBy: 'file-system' });
    expect(c.bottleneckAt(2)).toMatchObject({ resource: 'file-system', via: 'file-system', capacityRps: 102.4 });
  });

  it('blames database sessions when they are most of what saturates the database', () => {
    const p = profile({ sessions: { store: 'database', costMs: 6 }, costs: { transactions: { work: { cpuMs: 10, dbMs: 4 } } } });
    const c = capacityModel(p, 1, false);
    // DB: 1000 / (4 + 6) = 100 req/s < web 2 × 200; 60 % of it sessions.
    expect(c.bottleneckAt(2)).toMatchObject({ resource: 'session-store', via: 'db-cpu', capacityRps: 100 });
    expect(c.bottleneckAt(2).why).toMatch(/60 % of its CPU goes to reading and writing database sessions/);
    const q = profile({ sessions: { store: 'database', costMs: 3 }, costs: { transactions: { work: { cpuMs: 10, dbMs: 7 } } } });
    expect(capacityModel(q, 1, false).bottleneckAt(2).resource).toBe('db-cpu');
  });

  it('a database on the web server shares its cores', () => {
    const p = profile({ database: { instanceClass: 'local', cores: 2, maxConnections: 100, colocated: true }, fileSystem: null });
    const c = capacityModel(p, 1, false);
    expect(c.resources.find((r) => r.resource === 'web-cpu')?.capacityRps).toBe(80); // 2000 / (20 + 5)
    expect(c.resources.some((r) => r.resource === 'db-cpu')).toBe(false);
  });

  it('the service-time scale and the tenants overhead scale the demand', () => {
    const p = profile({ tenants: { count: 10, cpuOverhead: 1.25 } });
    expect(capacityModel(p, 2, false).perRequest).toMatchObject({ webCpuMs: 50, dbCpuMs: 10, otherWaitMs: 10 });
  });
});

describe('buildGroundTruth', () => {
  it('assembles the schema: bottleneck at the minimum, ceiling at the maximum, lock for database sessions, events', () => {
    const p = profile({ sessions: { store: 'database', costMs: 1, lockTimeoutSeconds: 30 } });
    const truth = buildGroundTruth({
      profile: p,
      capacity: capacityModel(p, 1, false),
      alarms: [],
      resourceIds: { loadBalancer: 'app/x/1' },
      startedAtMs: Date.UTC(2026, 0, 1),
      stoppedAtMs: null,
      events: [],
      eventsDropped: 0,
    });
    expect(truth.schema).toBe(GROUND_TRUTH_SCHEMA);
    expect(truth.startedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(truth.stoppedAt).toBeNull();
    expect(truth.bottleneck).toMatchObject({ resource: 'web-cpu', instances: 1 });
    expect(truth.ceiling).toMatchObject({ resource: 'file-system', instances: 2 });
    expect(truth.site.atMax.capacityRps).toBe(102.4);
    expect(truth.sessionLock).toEqual({ perSessionRps: Number((1000 / truth.perRequest.residenceMs).toFixed(2)), holdMs: Number(truth.perRequest.residenceMs.toFixed(2)), timeoutSeconds: 30 });
    expect(truth.scaling).toMatchObject({ min: 1, max: 2, bootSeconds: 480, policy: null, alarms: [] });
    expect(JSON.parse(JSON.stringify(truth))).toEqual(truth); // plain JSON
  });
});
