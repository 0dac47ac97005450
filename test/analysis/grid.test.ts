import { describe, expect, it } from 'vitest';
import { buildGrid, gridPeriodSeconds } from '../../analysis/grid.ts';
import { Timeline } from '../../analysis/timeline.ts';
import { series } from './capacity/series.ts';
import { ingestFiles } from './ingest-helpers.ts';

const t0 = Date.UTC(2026, 10, 26, 10, 0, 0);

function timeline(seconds: [number, number, number, number[], number?][]): Timeline {
  const tl = new Timeline();
  for (const [s, requests, failed, latencies, vus] of seconds) {
    const b = tl.at(t0 / 1000 + s);
    b.requests += requests;
    b.failed += failed;
    for (const l of latencies) b.latency.add(l);
    if (vus !== undefined) {
      b.vusSum += vus;
      b.vusSeconds += 1;
      b.vusPeak = Math.max(b.vusPeak, vus);
    }
  }
  return tl;
}

describe('buildGrid', () => {
  it('says per period which status classes failed: timeouts in one, 5xx in the next', () => {
    const failedAt = (second: number, status: number): string => {
      const time = new Date(t0 + second * 1000 + 250).toISOString();
      const tags = `"name":"login","status":"${status}"`;
      return [
        `{"metric":"http_reqs","type":"Point","data":{"time":"${time}","value":1,"tags":{${tags}}}}`,
        `{"metric":"http_req_failed","type":"Point","data":{"time":"${time}","value":1,"tags":{${tags}}}}`,
      ].join('\n');
    };
    const text = [failedAt(2, 0), failedAt(3, 0), failedAt(11, 503), failedAt(12, 502), failedAt(13, 404)].join('\n');
    const tl = ingestFiles([{ name: 'k6.json', text }]).aggregate.timeline;
    const grid = buildGrid(tl, [], 10, { startMs: t0, endMs: t0 + 19_000 });
    expect(grid.map((p) => [p.failed, p.failedByStatus.none, p.failedByStatus['4xx'], p.failedByStatus['5xx']])).toEqual([
      [2, 2, 0, 0],
      [3, 0, 1, 2],
    ]);
  });


  it('merges seconds into periods and lines CloudWatch up by period start', () => {
    const tl = timeline([
      [1, 2, 0, [10, 20], 4],
      [9, 2, 1, [30, 1000], 6],
      [12, 1, 0, [50], 5],
    ]);
    const cw = { ...series('alb_request_count', 'requests', [{ t: t0, v: 4 }], 10), stat: 'Sum' };
    const grid = buildGrid(tl, [cw], 10, { startMs: t0 + 500, endMs: t0 + 15_000 });
    expect(grid.map((p) => p.t)).toEqual([t0, t0 + 10_000]);
    expect(grid[0]).toMatchObject({ requests: 4, failed: 1, rps: 0.4, errorRate: 0.25, vusMax: 6, vusMean: 5, concurrency: 1060 / 10_000, cloudwatch: { alb_request_count: 4 } });
    // p95 of the merged histogram (10, 20, 30, 1000), not an average of per-second p95s.
    expect(grid[0]?.p95Ms).toBeGreaterThan(800);
    expect(grid[1]).toMatchObject({ requests: 1, vusMean: 5, cloudwatch: { alb_request_count: null } });
  });

  it('keeps empty periods as zero-load points', () => {
    const grid = buildGrid(new Timeline(), [], 10, { startMs: t0, endMs: t0 + 29_000 });
    expect(grid).toHaveLength(3);
    expect(grid.every((p) => p.requests === 0 && p.p95Ms === null && p.vusMean === null)).toBe(true);
  });

  it('never uses a period finer than the buckets kept', () => {
    expect(gridPeriodSeconds(10, 1)).toBe(10);
    expect(gridPeriodSeconds(10, 15)).toBe(15);
    expect(gridPeriodSeconds(60, 15)).toBe(60);
    expect(gridPeriodSeconds(50, 15)).toBe(60);
  });
});
