import { describe, expect, it } from 'vitest';
import { Interner } from '../../analysis/interner.ts';
import { K6JsonScanner } from '../../analysis/k6-json-scanner.ts';
import { K6Record } from '../../analysis/k6-record.ts';
import { syntheticK6Lines } from '../../bench/k6-synthetic.ts';
import { ingestFiles, referenceIngest, summarise } from './ingest-helpers.ts';

// Lines as k6 v2.2.0 wrote them (`k6 run --out json`, a tagged scenario, a custom counter with a quote in a tag).
const K6_LINES = [
  '{"type":"Metric","data":{"name":"http_reqs","type":"counter","contains":"default","thresholds":[],"submetrics":null},"metric":"http_reqs"}',
  '{"metric":"http_reqs","type":"Point","data":{"time":"2026-11-26T17:59:25.391731343Z","value":1,"tags":{"expected_response":"true","group":"","method":"GET","name":"home","proto":"HTTP/1.0","scenario":"a","status":"200","tenant":"uni-a","url":"home"}}}',
  '{"metric":"http_req_duration","type":"Point","data":{"time":"2026-11-26T17:59:25.391731343Z","value":1.720207,"tags":{"expected_response":"true","group":"","method":"GET","name":"home","proto":"HTTP/1.0","scenario":"a","status":"200","tenant":"uni-a","url":"home"}}}',
  '{"metric":"moodle_failures","type":"Point","data":{"time":"2026-11-26T17:59:25.391988117Z","value":1,"tags":{"group":"","kind":"x\\"y","scenario":"a","tenant":"uni-a"}}}',
  '{"metric":"vus","type":"Point","data":{"time":"2026-11-26T17:59:26.38605137Z","value":0,"tags":{}}}',
  '{"metric":"checks","type":"Point","data":{"time":"2026-11-26T17:59:25.391952876Z","value":1,"tags":{"check":"status is 200","group":"","scenario":"a","tenant":"uni-a"}}}',
];

function scanOne(scanner: K6JsonScanner, line: string, rec: K6Record): boolean {
  const b = Buffer.from(`${line}\n`, 'utf8');
  const nl = scanner.scanLine(b, new DataView(b.buffer, b.byteOffset, b.length), 0, b.length, rec);
  return nl === b.length - 1;
}

describe('K6JsonScanner', () => {
  it('reads the Point lines k6 writes, and leaves declarations and escaped strings to JSON.parse', () => {
    const strings = new Interner();
    const scanner = new K6JsonScanner(strings);
    const rec = new K6Record();
    expect(K6_LINES.map((l) => scanOne(scanner, l, rec))).toEqual([false, true, true, false, true, true]);
    scanOne(scanner, K6_LINES[2] ?? '', rec);
    expect(strings.text(rec.metric)).toBe('http_req_duration');
    expect(rec.timeMs).toBe(Date.UTC(2026, 10, 26, 17, 59, 25, 391));
    expect(rec.value).toBe(1.720207);
    expect([strings.text(rec.name), strings.text(rec.scenario), strings.text(rec.tenant), rec.status]).toEqual(['home', 'a', 'uni-a', 200]);
  });

  it('gives the same aggregate as JSON.parse on a realistic run, whatever the chunk size', () => {
    const lines = [...syntheticK6Lines({ seed: 3, startMs: Date.UTC(2026, 10, 26, 10), seconds: 40, rate: (s) => 2 + (s % 7), tenants: ['uni-a', 'uni-b'], failureRate: 0.05, dropped: (s) => (s % 13 === 0 ? 2 : 0) })].map((l) => l.line);
    const reference = summarise(referenceIngest(lines).aggregate);
    const text = `${lines.join('\n')}\n`;
    for (const chunk of [1, 7, 100, 4096, 1 << 20]) {
      const ingest = ingestFiles([{ name: 'k6.json', text }], chunk);
      expect(ingest.badLines).toBe(0);
      expect(summarise(ingest.aggregate), `chunk ${chunk}`).toEqual(reference);
    }
  });

  it('does not reuse what it remembered when the bytes differ in one place', () => {
    const strings = new Interner();
    const scanner = new K6JsonScanner(strings);
    const rec = new K6Record();
    const a = K6_LINES[2] ?? '';
    expect(scanOne(scanner, a, rec)).toBe(true);
    for (const [from, to] of [['"status":"200"', '"status":"503"'], ['17:59:25.391', '17:59:26.391'], ['"name":"home"', '"name":"homf"'], ['"uni-a"', '"uni-b"']] as const) {
      expect(scanOne(scanner, a.replace(from, to), rec)).toBe(true);
      const again = new K6Record();
      expect(scanOne(new K6JsonScanner(strings), a.replace(from, to), again)).toBe(true);
      expect(rec).toEqual(again);
      expect(scanOne(scanner, a, rec)).toBe(true);
    }
  });

  it('refuses lines that are not exactly valid JSON of the k6 shape', () => {
    const scanner = new K6JsonScanner(new Interner());
    const rec = new K6Record();
    const good = K6_LINES[1] ?? '';
    for (const bad of [good.slice(0, -1), `${good}}`, good.replace('"value":1', '"value":01'), good.replace('"home"', '"ho\tme"'), good.replace('"type":"Point"', '"type":"Pont"'), good.replace('","value"', '" ,"value"'), `${good},`]) {
      expect(scanOne(scanner, bad, rec), bad).toBe(false);
    }
  });
});

describe('K6JsonScanner with tags too long to remember', () => {
  it('scans them every time and still reads them right', () => {
    const strings = new Interner();
    const scanner = new K6JsonScanner(strings);
    const long = 'x'.repeat(600);
    const line = `{"metric":"http_reqs","type":"Point","data":{"time":"2026-11-26T17:59:25Z","value":1,"tags":{"name":"${long}","status":"200"}}}`;
    for (let i = 0; i < 3; i++) {
      const rec = new K6Record();
      expect(scanOne(scanner, line, rec)).toBe(true);
      expect(strings.text(rec.name)).toBe(long);
      expect(rec.status).toBe(200);
    }
  });
});
