// The full capacity PDF with a recommendation built by the real pipeline from a staircase run: every
// section is found by pdftotext, every page renders with pdftoppm, fonts are embedded, A4, numbered.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCapacityPdf } from '../../reports/capacity-pdf.ts';
import { capacityAnalysis } from './capacity-fixture.ts';
import { makeRecommendation } from './recommendation-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'full-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = new Date('2025-03-04T10:30:00.000Z');
const analysis = capacityAnalysis();

function render(name: string, withCalendar: boolean): { file: string; text: string; pages: number } {
  const recommendation = makeRecommendation(analysis, withCalendar);
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, renderCapacityPdf(analysis, { now: NOW, recommendation }));
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
  return { file, text, pages };
}

const SECTIONS = [
  'Moodle capacity report',
  'Executive summary',
  'What the platform holds',
  'What breaks first',
  'What to set',
  'What to buy',
  'Annual cost and savings',
  'The test run',
  'Load and latency over time',
  'Failed requests per second by status class',
  'Throughput against latency',
  'Utilisation against throughput: Web tier CPU',
  'Universal Scalability Law',
  'Replay of the coming peak',
  'Demand duration curve',
  'Transactions',
  'Assumptions, method and data sources',
  'Appendix: alarm and scaling definitions',
];

describe('the full capacity PDF', () => {
  const full = render('full', true);

  it('has every section', () => {
    for (const s of SECTIONS) expect(full.text, s).toContain(s);
  });

  it('states the advice with its numbers and sources', () => {
    const r = makeRecommendation(analysis, true);
    expect(full.text).toContain(`min ${r.scaling.minCapacity.value}, max ${r.scaling.maxCapacity.value}`);
    expect(full.text).toContain('SLO p95 1,000 ms');
    expect(full.text).toContain('Third-party snapshot of AWS EC2 list prices');
    expect(full.text).toContain('2026-10-01');
    expect(full.text).toContain('Standard RI, 1 yr, no upfront');
    expect(full.text).toMatch(/Recommended: (target tracking|step scaling) 100\.00%/);
  });

  it('says in the executive summary when the figures are lower bounds (the generator fell short)', () => {
    expect(full.text).not.toContain('These figures are lower bounds');
    const cap = analysis.capacity;
    if (cap === null) throw new Error('fixture without a capacity model');
    const short = { ...analysis, capacity: { ...cap, valid: false, invalidReasons: ['k6 dropped 75 iteration(s)'] } };
    const file = join(dir, 'short.pdf');
    writeFileSync(file, renderCapacityPdf(short, { now: NOW, recommendation: makeRecommendation(short, true) }));
    const summary = execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(summary).toContain('Executive summary');
    expect(summary).toContain('These figures are lower bounds: k6 dropped 75 iteration(s).');
  });

  it('is A4 with numbered pages, and every page renders', () => {
    const info = execFileSync('pdfinfo', [full.file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595 x 842 pts \(A4\)/);
    expect(full.text).toContain(`Page 1 of ${full.pages}`);
    expect(full.text).toContain(`Page ${full.pages} of ${full.pages}`);
    execFileSync('pdftoppm', ['-png', '-r', '40', full.file, join(dir, 'page')]);
    expect(readdirSync(dir).filter((f) => f.startsWith('page-') && f.endsWith('.png'))).toHaveLength(full.pages);
  });

  it('embeds its fonts', () => {
    const fonts = execFileSync('pdffonts', [full.file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line.split(/\s+/).slice(-5, -4)[0], line).toBe('yes');
  });

  it('draws charts as vectors: axis titles are text', () => {
    for (const t of ['site requests/s', 'requests in flight (N)', 'hours of the year (sorted)', 'time from the start of the profile (h:mm)']) expect(full.text).toContain(t);
  });

  it('says in one line that commitments need a calendar when none was given', () => {
    const bare = render('no-calendar', false);
    expect(bare.text).toContain('What to buy');
    expect(bare.text).toContain('No yearly demand was given');
    expect(bare.text).not.toContain('Demand duration curve');
  });
});
