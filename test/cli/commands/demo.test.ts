// The README's demo, end to end on real parts: moto, the testbed, real k6, analysis, the PDF.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../../analysis/types.ts';
import { findSecrets } from '../../secrets.ts';
import { runCli, type CliResult } from '../run-cli.ts';

interface Summary {
  metrics: Record<string, Record<string, number>>;
}

const work = mkdtempSync(join(tmpdir(), 'mc-demo-'));
let result: CliResult;
let pdf: string;
let runDir: string;
let analysis: Analysis;
let summary: Summary;

beforeAll(async () => {
  result = await runCli(['demo', '--duration', '20s', '--results', join(work, 'results')], work);
  pdf = result.stdout.trim().split('\n').pop() ?? '';
  runDir = dirname(pdf);
  analysis = JSON.parse(readFileSync(join(runDir, 'analysis.json'), 'utf8')) as Analysis;
  summary = JSON.parse(readFileSync(join(runDir, 'summary.json'), 'utf8')) as Summary;
}, 240_000);

describe('moodle-capacity demo', () => {
  it('ends by printing the path of the PDF it wrote', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(pdf).toMatch(/capacity-report\.pdf$/);
    expect(existsSync(pdf)).toBe(true);
  });

  it("counts exactly the requests k6 counted, and k6's p95 within 1 %", () => {
    expect(analysis.totals.requests).toBe(summary.metrics['http_reqs']?.['count']);
    const k6p95 = summary.metrics['http_req_duration']?.['p(95)'] ?? NaN;
    expect(Math.abs((analysis.totals.latency.p95Ms ?? NaN) - k6p95) / k6p95).toBeLessThanOrEqual(0.01);
    expect(analysis.totals.checksFailed).toBe(0);
    expect(analysis.totals.checksPassed).toBe(summary.metrics['checks']?.['passes']);
    expect(analysis.ingest.badLines).toBe(0);
  });

  it('has the CloudWatch metrics the testbed published, lined up with the k6 grid', () => {
    const series = analysis.cloudwatch?.series ?? [];
    expect(series.map((s) => s.id)).toEqual(expect.arrayContaining(['alb_request_count', 'asg_cpu', 'alb_target_response_time']));
    const requests = series.find((s) => s.id === 'alb_request_count');
    const cwTotal = (requests?.points ?? []).reduce((sum, p) => sum + p.v, 0);
    // The testbed counted every request once; the window may also hold the smoke run's requests
    // (it walks every transaction once, a whole quiz included: about 50).
    expect(cwTotal).toBeGreaterThanOrEqual(analysis.totals.requests);
    expect(cwTotal).toBeLessThanOrEqual(analysis.totals.requests + 60);
    const withBoth = analysis.grid.points.filter((p) => p.requests > 0 && p.cloudwatch['alb_request_count'] !== null);
    expect(withBoth.length).toBeGreaterThanOrEqual(2);
  });

  it('writes a PDF whose text has the title and the run facts, and whose every page renders', () => {
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const needle of ['Moodle capacity report', analysis.run.target, 'login-storm', '2.2.0', 'Page 1 of']) expect(text).toContain(needle);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const out = mkdtempSync(join(tmpdir(), 'mc-pages-'));
    execFileSync('pdftoppm', ['-png', '-r', '30', pdf, join(out, 'p')]);
    expect(readdirSync(out).filter((f) => f.endsWith('.png'))).toHaveLength(pages);
  });

  it("never writes a test user's password, a sesskey or a session cookie anywhere", () => {
    const passwords = readdirSync(join(work, 'results')).flatMap((d) => {
      const run = JSON.parse(readFileSync(join(work, 'results', d, 'run.json'), 'utf8')) as { usersFile: string };
      return readFileSync(run.usersFile, 'utf8').split('\n').slice(1).map((l) => l.split(',')[1] ?? '').filter((p) => p !== '');
    });
    expect(passwords.length).toBeGreaterThan(0);
    expect(findSecrets(join(work, 'results'), passwords)).toEqual([]);
    for (const p of passwords) expect(result.stdout + result.stderr).not.toContain(p);
  });
});
