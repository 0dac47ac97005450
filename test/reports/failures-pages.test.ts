// The Failures section: absent for a clean run; for the fixture, when failures began, at what load,
// which status class dominated, and the kinds and failing checks, read back from the PDF's text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from 'canvas';
import { afterAll, describe, expect, it } from 'vitest';
import type { Analysis, GridPoint, StatusClassCounts } from '../../analysis/types.ts';
import { failureFacts, failureLead } from '../../reports/failure-facts.ts';
import { failuresPages } from '../../reports/failures-pages.ts';
import { PAGE } from '../../reports/theme.ts';
import { makeAnalysis, makeGrid, must, START_MS } from './fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'failures-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ZERO: StatusClassCounts = { none: 0, '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, unknown: 0 };

function pdfContext() {
  const ctx = createCanvas(PAGE.width, PAGE.height, 'pdf').getContext('2d');
  // As renderCapacityPdf does: real text, so pdftotext can read it back.
  ctx.textDrawingMode = 'glyph';
  return ctx;
}

/** Draws the section into its own PDF; its text in layout order (table rows stay rows), whitespace collapsed. */
function render(a: Analysis): { pages: number; text: string } {
  const ctx = pdfContext();
  const pages = failuresPages(ctx, a);
  pages.forEach((draw, i) => {
    if (i > 0) ctx.addPage();
    draw(ctx);
  });
  const file = join(dir, `failures-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, ctx.canvas.toBuffer('application/pdf'));
  return { pages: pages.length, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ') };
}

function point(i: number, over: Partial<GridPoint>): GridPoint {
  return { ...must(makeGrid()[0]), t: START_MS + i * 10_000, failed: 0, checksFailed: 0, failedByStatus: ZERO, ...over };
}

describe('failuresPages', () => {
  it('gives no pages to a run without failed requests or checks', () => {
    const a = makeAnalysis();
    expect(failuresPages(pdfContext(), { ...a, totals: { ...a.totals, failed: 0, checksFailed: 0 } })).toEqual([]);
  });

  it('draws the fixture run: lead, chart legend, failure kinds and failing checks', () => {
    const a = makeAnalysis({ checks: [{ name: 'login page has a token', passes: 900, fails: 100 }, { name: 'dashboard loads', passes: 50, fails: 0 }] });
    const { pages, text } = render(a);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain('Failures what failed, and when');
    expect(text).toContain('Failures first appeared in the 10 s period starting 1:00 into the run, at a site load of 80 requests/s (3 failed requests).');
    expect(text).toContain('no response (timeout, refused)');
    expect(text).toContain('5xx (server error)');
    expect(text).not.toContain('4xx');
    expect(text).toMatch(/ajax_error 30 49\.18% http_status 22 36\.07% login_rejected 9 14\.75%/);
    expect(text).not.toContain('session_lost'); // zero: not a failure kind of this run
    expect(text).toContain('login page has a token 900 100 10.00%');
    expect(text).not.toContain('dashboard loads');
  });

  it('says so when there is nothing to plot or list', () => {
    const a = makeAnalysis();
    const { pages, text } = render({ ...a, grid: { periodSeconds: 10, points: [] }, totals: { ...a.totals, failuresByKind: {} } });
    expect(pages).toBe(1);
    expect(text).toContain('No period on the time grid recorded a failure');
    expect(text).toContain('nothing to plot over time');
    expect(text).toContain('None: the scenarios classified no failure.');
    expect(text).toContain('61 checks failed, but the analysis lists no per-check counts.');
  });
});

describe('failureFacts', () => {
  it('finds the fixture’s first failing period and its dominant class', () => {
    const a = makeAnalysis();
    // vusAt reaches 50 (and failures start) in the period from 60 s; 50 VUs × 1.6 = 80 requests/s.
    expect(failureFacts(a)).toEqual({
      first: { seconds: 60, rps: 80, failed: 3, checksFailed: 0 },
      dominant: { cls: '5xx', count: a.totals.failed, of: a.totals.failed, share: 1 },
    });
  });

  it('counts a failed check as a failure, does not trust the grid order, and measures from the run start', () => {
    const base = makeAnalysis();
    const points = [point(5, { failed: 4, rps: 30, failedByStatus: { ...ZERO, none: 4 } }), point(3, { checksFailed: 2, rps: 12 }), point(1, {})];
    const a: Analysis = {
      ...base,
      grid: { periodSeconds: 10, points },
      totals: { ...base.totals, failed: 9, failedByStatus: { ...ZERO, none: 6, '4xx': 2, '5xx': 1 } },
    };
    const facts = failureFacts(a);
    expect(facts.first).toEqual({ seconds: 30, rps: 12, failed: 0, checksFailed: 2 });
    expect(facts.dominant).toEqual({ cls: 'none', count: 6, of: 9, share: 6 / 9 });
    expect(failureLead(a, facts)).toBe(
      'Failures first appeared in the 10 s period starting 0:30 into the run, at a site load of 12 requests/s (2 failed checks). Most failed requests were no response (timeout, refused): 6 of 9 (66.67%). 61 of 23,471 checks failed (0.26%).',
    );
  });

  it('breaks a tie towards no response, then 5xx, and has no dominant class when only checks failed', () => {
    const base = makeAnalysis();
    const tied = { ...base, totals: { ...base.totals, failedByStatus: { ...ZERO, '4xx': 5, '5xx': 5 } } };
    expect(failureFacts(tied).dominant?.cls).toBe('5xx');
    const checksOnly = { ...base, grid: { periodSeconds: 10, points: [] }, totals: { ...base.totals, failed: 0, failedByStatus: ZERO } };
    expect(failureFacts(checksOnly)).toEqual({ first: null, dominant: null });
    expect(failureLead(checksOnly)).toContain('No request failed; only checks did.');
  });
});
