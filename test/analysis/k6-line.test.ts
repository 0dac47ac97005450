import { describe, expect, it } from 'vitest';
import { parseK6Line } from '../../analysis/k6-line.ts';

const point = '{"metric":"http_req_duration","type":"Point","data":{"time":"2026-11-26T17:40:01.123456789Z","value":12.5,"tags":{"name":"login_page","status":"200"}}}';

describe('parseK6Line', () => {
  it('reads a Point with nanosecond RFC 3339 time, value and tags', () => {
    expect(parseK6Line(point)).toEqual({
      kind: 'sample',
      sample: { metric: 'http_req_duration', timeMs: Date.UTC(2026, 10, 26, 17, 40, 1, 123), value: 12.5, tags: { name: 'login_page', status: '200' } },
    });
  });
  it('takes Metric declarations and blank lines as nothing to count', () => {
    expect(parseK6Line('{"type":"Metric","data":{"name":"vus","type":"gauge"},"metric":"vus"}').kind).toBe('metric');
    expect(parseK6Line('  ').kind).toBe('blank');
  });
  it('returns bad records with a reason instead of throwing', () => {
    const cases: [string, RegExp][] = [
      ['{"metric":"x","type":"Point","data":{"time":"2026-1', /not JSON/],
      ['[1,2]', /unknown type/],
      ['null', /not a JSON object/],
      ['{"type":"Point","data":{"time":"2026-11-26T17:40:01Z","value":1}}', /metric name/],
      ['{"metric":"x","type":"Point","data":{"time":"yesterday","value":1}}', /valid time/],
      ['{"metric":"x","type":"Point","data":{"time":"2026-11-26T17:40:01Z","value":"1"}}', /numeric value/],
      ['{"metric":"x","type":"Point"}', /without data/],
    ];
    for (const [line, reason] of cases) {
      const parsed = parseK6Line(line);
      expect(parsed.kind, line).toBe('bad');
      if (parsed.kind === 'bad') expect(parsed.reason).toMatch(reason);
    }
  });
});
