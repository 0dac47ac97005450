import { describe, expect, it } from 'vitest';
import { statusClass } from '../../analysis/group-stats.ts';
import { ingestFiles } from './ingest-helpers.ts';

const line = (metric: string, value: number, tags: string, time = '2026-11-26T10:00:01.250Z'): string => `{"metric":"${metric}","type":"Point","data":{"time":"${time}","value":${value},"tags":{${tags}}}}`;

describe('RunAggregate', () => {
  it('keeps requests, failures by status class, latency, checks and failure kinds per transaction, scenario and tenant', () => {
    const req = (name: string, status: number, tenant: string, ms: number, failed: boolean): string[] => {
      const tags = `"name":"${name}","scenario":"exam","status":"${status}","tenant":"${tenant}"`;
      return [line('http_reqs', 1, tags), line('http_req_duration', ms, tags), line('http_req_failed', failed ? 1 : 0, tags)];
    };
    const text = [
      ...req('login', 200, 'uni-a', 50, false),
      ...req('login', 503, 'uni-a', 5, true),
      ...req('quiz', 0, 'uni-b', 30_000, true),
      ...req('quiz', 200, 'uni-b', 700, false),
      line('checks', 0, '"check":"quiz page shown","scenario":"exam","tenant":"uni-b"'),
      line('checks', 1, '"check":"quiz page shown","scenario":"exam","tenant":"uni-b"'),
      line('moodle_failures', 1, '"kind":"session_lost","scenario":"exam","tenant":"uni-b"'),
      line('iterations', 1, '"scenario":"exam","tenant":"uni-a"'),
      line('iteration_duration', 61_000, '"scenario":"exam","tenant":"uni-a"'),
      line('dropped_iterations', 2, '"scenario":"exam"'),
      line('data_received', 150_000, '"scenario":"exam","tenant":"uni-a"'),
      line('http_req_blocked', 1, '"name":"login"'),
    ].join('\n');
    const a = ingestFiles([{ name: 'k6.json', text }]).aggregate;
    const name = (id: number): string => a.strings.text(id);
    const byName = (slices: typeof a.transactions) => Object.fromEntries(slices.entries().map(([id, g]) => [name(id), g]));
    const txn = byName(a.transactions);
    expect([txn['login']?.requests, txn['login']?.failed, txn['login']?.failedByStatus[5]]).toEqual([2, 1, 1]);
    expect([txn['quiz']?.requests, txn['quiz']?.byStatus[0], txn['quiz']?.latency.max]).toEqual([2, 1, 30_000]);
    const tenants = byName(a.tenants);
    expect([tenants['uni-a']?.requests, tenants['uni-a']?.iterations, tenants['uni-a']?.dataReceivedBytes]).toEqual([2, 1, 150_000]);
    expect([tenants['uni-b']?.checksFailed, tenants['uni-b']?.checksPassed, tenants['uni-b']?.failures]).toEqual([1, 1, 1]);
    expect(byName(a.scenarios)['exam']?.droppedIterations).toBe(2);
    expect(a.total).toMatchObject({ requests: 4, failed: 2, iterations: 1, iterationDurationSumMs: 61_000, droppedIterations: 2 });
    expect(a.checks.flatMap((c, id) => (c === undefined ? [] : [[name(id), c.passes, c.fails]]))).toEqual([['quiz page shown', 1, 1]]);
    expect(a.failureKinds.flatMap((n, id) => (n === undefined ? [] : [[name(id), n]]))).toEqual([['session_lost', 1]]);
    expect(a.metricSamples.flatMap((n, id) => (n === undefined ? [] : [name(id)]))).toContain('http_req_blocked');
  });

  it('sorts statuses into classes: 0 is no response, odd ones unknown', () => {
    expect([0, 101, 200, 303, 404, 503, 99, 700, -1].map(statusClass)).toEqual([0, 1, 2, 3, 4, 5, 6, 6, 6]);
  });
});
