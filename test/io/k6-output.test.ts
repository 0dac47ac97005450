import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { streamLines } from '../../io/k6-output.ts';

const dir = mkdtempSync(join(tmpdir(), 'mc-k6out-'));
const lines = Array.from({ length: 5000 }, (_, i) => `{"metric":"http_reqs","type":"Point","data":{"time":"2026-11-26T17:40:01Z","value":1,"tags":{"i":"${i}"}}}`);
const text = `${lines.join('\n')}\n`;

async function collect(path: string): Promise<{ got: string[]; truncated: boolean }> {
  const got: string[] = [];
  const { truncated } = await streamLines(path, (l) => got.push(l));
  return { got, truncated };
}

describe('streamLines', () => {
  it('reads plain and gzipped files line by line', async () => {
    writeFileSync(join(dir, 'a.json'), text);
    writeFileSync(join(dir, 'a.json.gz'), gzipSync(text));
    for (const f of ['a.json', 'a.json.gz']) {
      const { got, truncated } = await collect(join(dir, f));
      expect(got).toEqual(lines);
      expect(truncated).toBe(false);
    }
  });

  it('keeps every complete line of a gzip file cut short and says it was truncated', async () => {
    const gz = gzipSync(text);
    writeFileSync(join(dir, 'cut.json.gz'), gz.subarray(0, Math.floor(gz.length * 0.6)));
    const { got, truncated } = await collect(join(dir, 'cut.json.gz'));
    expect(truncated).toBe(true);
    expect(got.length).toBeGreaterThan(100);
    // Every line but the last (possibly partial) one is intact and in order.
    expect(got.slice(0, -1)).toEqual(lines.slice(0, got.length - 1));
  });

  it('reports a plain file that ends mid-line as truncated', async () => {
    writeFileSync(join(dir, 'cut.json'), `${lines[0] ?? ''}\n{"metric":"http_r`);
    const { got, truncated } = await collect(join(dir, 'cut.json'));
    expect(got).toEqual([lines[0], '{"metric":"http_r']);
    expect(truncated).toBe(true);
  });
});

describe('feedK6File', () => {
  it('reads plain and gzipped k6 output, and says when a gzip stream was cut short', async () => {
    const { K6Ingest } = await import('../../analysis/ingest.ts');
    const { feedK6File } = await import('../../io/k6-output.ts');
    const read = async (path: string) => {
      const ingest = new K6Ingest();
      const f = ingest.beginFile(path);
      const cut = await feedK6File(path, f);
      return { report: ingest.endFile(f, cut), ingest };
    };
    const plain = await read(join(dir, 'a.json'));
    const gz = await read(join(dir, 'a.json.gz'));
    expect(plain.report).toMatchObject({ lines: 5000, samples: 5000, badLines: 0, truncated: false });
    expect(gz.report).toMatchObject({ lines: 5000, samples: 5000, badLines: 0, truncated: false });
    expect(gz.ingest.aggregate.total.requests).toBe(5000);
    const cut = await read(join(dir, 'cut.json.gz'));
    expect(cut.report.truncated).toBe(true);
    expect(cut.report.samples).toBeGreaterThan(100);
    expect(cut.report.badLines).toBeLessThanOrEqual(1);
  });
});
