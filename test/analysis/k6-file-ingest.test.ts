import { describe, expect, it } from 'vitest';
import { Interner } from '../../analysis/interner.ts';
import { K6FileIngest } from '../../analysis/k6-file-ingest.ts';
import { ingestFiles } from './ingest-helpers.ts';

const point = (metric: string, value: number, extra = ''): string =>
  `{"metric":"${metric}","type":"Point","data":{"time":"2026-11-26T17:40:01.5Z","value":${value},"tags":{"name":"login","scenario":"s","status":"200"${extra}}}}`;

describe('K6FileIngest', () => {
  it('reads a last line without a newline, and says the file was cut when that line is incomplete', () => {
    const whole = ingestFiles([{ name: 'a.json', text: `${point('http_reqs', 1)}\n${point('http_reqs', 1)}` }]);
    expect(whole.aggregate.total.requests).toBe(2);
    expect(whole.files[0]?.truncated).toBe(false);
    const cut = ingestFiles([{ name: 'b.json', text: `${point('http_reqs', 1)}\n${point('http_reqs', 1).slice(0, 40)}` }]);
    expect(cut.aggregate.total.requests).toBe(1);
    expect(cut.files[0]?.truncated).toBe(true);
    expect(cut.badExamples).toEqual([{ file: 'b.json', line: 2, reason: 'not JSON (the file ends mid-line)' }]);
  });

  it('takes CRLF line ends, a UTF-8 byte order mark and blank lines', () => {
    const text = `\uFEFF${point('http_reqs', 1)}\r\n\r\n${point('http_req_duration', 12.5)}\r\n`;
    const ingest = ingestFiles([{ name: 'crlf.json', text }]);
    expect(ingest.badLines).toBe(0);
    expect(ingest.aggregate.total.requests).toBe(1);
    expect(ingest.aggregate.total.latency.max).toBe(12.5);
  });

  it('counts a line too long to be k6 output as bad and goes on', () => {
    const f = new K6FileIngest('long.json', new Interner());
    f.push(Buffer.from(`${point('http_reqs', 1)}\n`));
    const huge = Buffer.alloc(1 << 20, 0x61);
    for (let i = 0; i < 17; i++) f.push(huge);
    f.push(Buffer.from(`\n${point('http_reqs', 1)}\n`));
    f.end();
    expect(f.badLines).toBe(1);
    expect(f.badExamples[0]?.reason).toMatch(/longer than/);
    expect(f.aggregate.total.requests).toBe(2);
    expect(f.lines).toBe(3);
  });

  it('counts bad lines by reason with their line numbers', () => {
    const text = [point('http_reqs', 1), 'garbage', '{"type":"Nope"}', '{"metric":"x","type":"Point","data":{"time":"soon","value":1}}', point('http_reqs', 1)].join('\n');
    const ingest = ingestFiles([{ name: 'bad.json', text }]);
    expect(ingest.badLines).toBe(3);
    expect(Object.fromEntries(ingest.badByReason)).toEqual({ 'not JSON': 1, 'unknown type (neither Metric nor Point)': 1, 'Point without a valid time': 1 });
    expect(ingest.badExamples.map((b) => b.line)).toEqual([2, 3, 4]);
  });

  it('reads k6 CSV with millisecond, second, micro- and nanosecond and RFC 3339 timestamps', () => {
    const header = 'metric_name,timestamp,metric_value,check,error,error_code,expected_response,group,method,name,proto,scenario,service,status,subproto,tls_version,url,extra_tags,metadata';
    const rows = [
      'http_reqs,1795715967554,1.000000,,,,true,,GET,home,HTTP/1.0,a,,200,,,home,tenant=uni-a,',
      'http_req_duration,1795715967554,0.786019,,,,true,,GET,home,HTTP/1.0,a,,200,,,home,tenant=uni-a,',
      'http_reqs,1795715967,1.000000,,,,false,,GET,"a,b",HTTP/1.0,a,,503,,,home,,',
      'http_reqs,1795715967554000,1.000000,,,,true,,GET,home,HTTP/1.0,a,,200,,,home,,',
      'http_reqs,1795715967554000000,1.000000,,,,true,,GET,home,HTTP/1.0,a,,200,,,home,,',
      'http_reqs,2026-11-26T17:59:27.554Z,1.000000,,,,true,,GET,home,HTTP/1.0,a,,200,,,home,,',
      'moodle_failures,1795715967554,1.000000,,,,,,,,,a,,,,,,"tenant=uni-a&kind=x""y",',
      'checks,1795715967554,0.000000,status is 200,,,,,,,,a,,,,,,,',
      'http_reqs,17957x5967554,1.000000,,,,true,,GET,home,HTTP/1.0,a,,200,,,home,,',
      'http_reqs,1795715967554,1.0,too,few',
    ];
    const ingest = ingestFiles([{ name: 'out.csv', text: `${header}\n${rows.join('\n')}\n` }]);
    const a = ingest.aggregate;
    expect(ingest.files[0]?.format).toBe('csv');
    expect(a.total.requests).toBe(5);
    expect(a.total.byStatus[5]).toBe(1);
    expect(a.firstSampleMs).toBe(1795715967000);
    expect(a.lastSampleMs).toBe(1795715967554);
    expect(ingest.files[0]?.csvSecondResolutionRows).toBe(1);
    expect(a.strings.text(a.transactions.entries().find(([, g]) => g.byStatus[5] === 1)?.[0] ?? -1)).toBe('a,b');
    expect(a.failureKinds.flatMap((n, id) => (n === undefined ? [] : [a.strings.text(id)]))).toEqual(['x"y']);
    expect(a.tenants.entries().map(([id]) => a.strings.text(id))).toEqual(['uni-a']);
    expect(a.total.checksFailed).toBe(1);
    expect(ingest.badExamples.map((b) => [b.line, b.reason])).toEqual([
      [10, 'row without a valid timestamp'],
      [11, 'wrong number of CSV fields'],
    ]);
  });
});
