// The analyze edge on a run directory made here: run.json, k6 output from two load generators,
// offline CloudWatch data in the AWS CLI's format, and a testbed ground truth.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeRun, k6OutputFiles, readAnalysis, writeAnalysis } from '../../io/analyze-run.ts';
import { syntheticRunDir } from './run-dir-fixture.ts';

/** What `aws cloudwatch get-metric-data` would print for the run: ALB requests per minute and a CPU line. */
function cloudwatchJson(dir: string, requestsPerMinute: Map<number, number>): string {
  const times = [...requestsPerMinute.keys()].sort((a, b) => a - b);
  const iso = (t: number) => new Date(t).toISOString().replace('.000Z', '+00:00');
  const doc = {
    MetricDataResults: [
      { Id: 'alb_request_count', Label: 'RequestCount', Timestamps: times.map(iso), Values: times.map((t) => requestsPerMinute.get(t) ?? 0), StatusCode: 'Complete' },
      { Id: 'asg_cpu', Label: 'CPUUtilization', Timestamps: times.map(iso), Values: times.map((t) => 5 + (requestsPerMinute.get(t) ?? 0) / 60), StatusCode: 'Complete' },
    ],
    Messages: [],
  };
  const path = join(dir, 'metrics.json');
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

describe('analyzeRun', () => {
  it('merges the load generators, fits the capacity model and writes a versioned analysis.json', async () => {
    const dir = syntheticRunDir();
    expect(k6OutputFiles(dir).map((f) => f.slice(dir.length + 1))).toEqual(['k6-output-0.json', 'k6-output-1.json']);
    const logs: string[] = [];
    const a = await analyzeRun({ runDir: dir, environmentFile: null, noCloudWatch: false, log: (l) => logs.push(l) });
    expect(a.schema).toBe('moodle-capacity/analysis@3');
    expect(a.ingest.perFile).toHaveLength(2);
    expect(a.notes.join(' ')).toMatch(/2 k6 output files were merged as 2 load generators/);
    expect(a.totals.requests).toBeGreaterThan(2000);
    expect(a.transactions[0]?.requestsByStatus['2xx']).toBeGreaterThan(0);
    expect(a.scenarios.map((s) => s.name)).toEqual(['login-storm']);
    expect(a.grid.periodSeconds).toBe(10);
    expect(a.capacity?.slo).toMatchObject({ p95Ms: 1500, source: "run.json's http_req_duration threshold" });
    expect(a.capacity?.loadGenerator.valid).toBe(true);
    expect(a.capacity?.usl).not.toBeNull();
    const path = writeAnalysis(dir, a);
    expect(readAnalysis(dir).totals.requests).toBe(a.totals.requests);
    expect(path).toBe(join(dir, 'analysis.json'));
    expect(logs.some((l) => /MB\/s/.test(l))).toBe(true);
  });

  it('reads offline CloudWatch data, lines it up and finds the clock offset', async () => {
    const dir = syntheticRunDir();
    // Requests per minute as an ALB whose clock runs 7 s ahead of the load generators' would count them.
    const perMinute = new Map<number, number>();
    for (const file of k6OutputFiles(dir)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.startsWith('{"metric":"http_reqs"')) continue;
        const t = Math.floor((Date.parse((JSON.parse(line) as { data: { time: string } }).data.time) + 7000) / 60_000) * 60_000;
        perMinute.set(t, (perMinute.get(t) ?? 0) + 1);
      }
    }
    const a = await analyzeRun({ runDir: dir, environmentFile: null, noCloudWatch: false, cloudWatchFiles: [cloudwatchJson(dir, perMinute)], sloP95Ms: 900, log: () => undefined });
    expect(a.cloudwatch).toMatchObject({ mode: 'offline', periodSeconds: 60 });
    expect(a.grid.periodSeconds).toBe(60);
    expect(a.cloudwatch?.series.map((s) => [s.id, s.role])).toEqual([
      ['alb_request_count', 'requests'],
      ['asg_cpu', 'web_cpu'],
    ]);
    expect(a.cloudwatch?.clockOffset).toMatchObject({ seriesId: 'alb_request_count', offsetSeconds: 7, significant: true });
    expect(a.notes.join(' ')).toMatch(/clocks look 7 s apart \(CloudWatch later/);
    expect(a.capacity?.slo).toMatchObject({ p95Ms: 900, source: '--slo-p95' });
    expect(a.capacity?.resources.map((r) => r.resource)).toEqual(['web-cpu']);
  });

  it('compares with a ground truth when given, and analyses k6 output without a run.json', async () => {
    const dir = syntheticRunDir();
    const gt = join(dir, 'gt.json');
    writeFileSync(gt, JSON.stringify({ schema: 'moodle-capacity/testbed-ground-truth@1', profile: { name: 'web-bound' }, bottleneck: { resource: 'web-cpu', via: 'web-cpu', instances: 1, capacityRps: 100 } }));
    const a = await analyzeRun({ runDir: dir, environmentFile: null, noCloudWatch: true, groundTruthFile: gt, log: () => undefined });
    expect(a.capacity?.groundTruth).toMatchObject({ profile: 'web-bound', expectedPerInstanceRps: 100 });
    const bare = mkdtempSync(join(tmpdir(), 'mc-bare-'));
    mkdirSync(join(bare, 'out'));
    const b = await analyzeRun({ runDir: join(bare, 'out'), inputs: k6OutputFiles(dir), environmentFile: null, noCloudWatch: true, log: () => undefined });
    expect(b.run.status).toBe('unknown');
    expect(b.totals.requests).toBe(a.totals.requests);
    await expect(analyzeRun({ runDir: bare, environmentFile: null, noCloudWatch: true, log: () => undefined })).rejects.toThrow(/not a run directory/);
  });
});
