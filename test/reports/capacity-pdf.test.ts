// End-to-end: render the fixture, then read the PDF back with poppler (pdftotext, pdfinfo, pdftoppm)
// the way a reader's tools would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../analysis/types.ts';
import { renderCapacityPdf } from '../../reports/capacity-pdf.ts';
import { cloudwatchData, makeAnalysis, makeGrid, makeSeries, must, TRANSACTION_NAMES } from './fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'capacity-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2025-03-04T10:07:30.000Z');

function write(name: string, analysis: Analysis, title?: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, renderCapacityPdf(analysis, { now: NOW, ...(title === undefined ? {} : { title }) }));
  return file;
}

/** The PDF's text with runs of whitespace collapsed, so layout does not matter to the assertions. */
function text(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

function info(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').flatMap((line) => {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    return m ? [[m[1] ?? '', m[2] ?? '']] : [];
  }));
}

/** Renders every page to PNG; pdftoppm exits non-zero (and execFileSync throws) on a broken page. */
function rasterise(file: string, prefix: string): string[] {
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(dir, prefix)]);
  return readdirSync(dir).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'));
}

describe('renderCapacityPdf with the fixture run', () => {
  const analysis = makeAnalysis();
  const file = write('full', analysis);
  const content = text(file);

  it('produces a PDF', () => {
    expect(readdirSync(dir)).toContain('full.pdf');
    expect(statSync(file).size).toBeGreaterThan(5_000);
  });

  it('states the run facts on the title page', () => {
    expect(content).toContain('Moodle capacity report');
    expect(content).toContain('https://moodle.staging.example.ac.uk');
    expect(content).toContain('login-storm');
    expect(content).toContain('peak-exam-week');
    expect(content).toContain('k6 v0.57.0 (go1.23.4, linux/amd64)');
    expect(content).toContain('2025-03-04 10:00:00 UTC');
    expect(content).toContain('19,371'); // total requests
    expect(content).toContain('371 ms'); // p95
    expect(content).toContain('k6-output.json.gz:10233'); // a bad line example
    expect(content).toContain('ajax_error 30 · http_status 22 · login_rejected 9');
    for (const note of analysis.notes) expect(content).toContain(note);
  });

  it('lists every transaction', () => {
    for (const name of TRANSACTION_NAMES) expect(content).toContain(name);
    expect(content).toContain('Transactions (continued)');
  });

  it('draws charts whose axis labels are text, so they are vectors', () => {
    expect(content).toContain('requests/s');
    expect(content).toContain('p95 ms');
    expect(content).toMatch(/0:00 .*1:30 .*3:00/);
    expect(content).toContain('AWS/ApplicationELB/RequestCount/Sum (Count)');
    expect(content).toContain('AWS/EC2/CPUUtilization/Average (Percent)');
  });

  it('numbers pages and dates the footer', () => {
    expect(content).toContain('Page 1 of 10');
    expect(content).toContain('Page 10 of 10');
    expect(content).toContain('generated 2025-03-04 10:07:30 UTC');
  });

  it('has the expected pages (cover, summary, run, timeline, failures, capacity, advice, two of transactions, assumptions), each renderable', () => {
    const meta = info(file);
    expect(meta.Pages).toBe('10');
    expect(meta['Page size']).toMatch(/^595 x 842 pts/);
    expect(meta.Title).toBe('Moodle capacity report');
    expect(rasterise(file, 'full')).toHaveLength(10);
    // The fixture's requests fail from 1:00 on, so the Failures section follows the timeline.
    expect(content).toMatch(/Load and latency over time .* Failures what failed, and when .* Capacity what one instance sustains/);
  });

  it('keeps the advice sections, each saying in one line what it needs, without a recommendation', () => {
    expect(content).toContain('Scaling and buying advice');
    for (const title of ['Replay of the coming peak', 'What to set', 'What to buy', 'Appendix: alarm and scaling definitions']) expect(content).toContain(title);
    expect(content).toContain('run `moodle-capacity recommend RUN_DIR`');
    expect(content).toContain('Universal Scalability Law: no fit for this run');
  });
});

describe('renderCapacityPdf without CloudWatch', () => {
  const file = write('no-cloudwatch', makeAnalysis({ cloudwatch: null }));

  it('renders and says CloudWatch was not configured', () => {
    const content = text(file);
    expect(content).toContain('CloudWatch was not configured');
    expect(content).not.toContain('AWS/EC2');
    expect(info(file).Pages).toBe('10');
    expect(rasterise(file, 'nocw')).toHaveLength(10);
  });
});

describe('renderCapacityPdf edge cases', () => {
  it('puts CloudWatch series beyond the third on a following page', () => {
    const base = makeSeries(makeGrid());
    const series = Array.from({ length: 5 }, (_, i) => ({ ...must(base[i % 2]), id: `s${i}`, label: `Series ${i}` }));
    const file = write('many-series', makeAnalysis({ cloudwatch: cloudwatchData('test', series) }));
    const content = text(file);
    expect(info(file).Pages).toBe('11');
    expect(content).toContain('CloudWatch metrics over time (continued)');
    for (let i = 0; i < 5; i++) expect(content).toContain(`Series ${i}`);
  });

  it('copes with an aborted run with no samples, no transactions and no CloudWatch series', () => {
    const a = makeAnalysis();
    const file = write('empty', {
      ...a,
      run: { ...a.run, status: 'aborted', abortReason: 'k6 was killed (SIGKILL)', endedAt: null },
      totals: { ...a.totals, requests: 0, failed: 0, errorRate: Number.NaN, latency: { ...a.totals.latency, p50Ms: null, p95Ms: null, p99Ms: null } },
      grid: { periodSeconds: 60, points: [] },
      transactions: [],
      cloudwatch: cloudwatchData('CloudWatch eu-west-2', []),
      notes: [],
    }, 'Exam-week rehearsal');
    const content = text(file);
    expect(content).toContain('Exam-week rehearsal');
    expect(content).toContain('k6 was killed (SIGKILL)');
    expect(content).toContain('n/a');
    expect(content).toContain('No transactions were recorded');
    expect(content).toContain('returned no series');
    expect(info(file).Title).toBe('Exam-week rehearsal');
    // No request failed but 61 checks did: the Failures page stays, saying there is nothing to plot.
    expect(content).toContain('nothing to plot over time');
    expect(rasterise(file, 'empty')).toHaveLength(9);
  });
});
