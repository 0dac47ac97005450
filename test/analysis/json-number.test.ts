import { describe, expect, it } from 'vitest';
import { jsonNumberEnd, parseJsonNumber } from '../../analysis/json-number.ts';
import { prng } from '../prng.ts';

const read = (s: string): number => {
  const b = Buffer.from(`${s},`, 'latin1');
  const v = parseJsonNumber(b, 0, b.length);
  return jsonNumberEnd === s.length ? v : Number.NaN;
};

describe('parseJsonNumber', () => {
  it('gives exactly what JSON.parse gives, for k6 durations and for awkward numbers', () => {
    const r = prng(11);
    const cases = ['0', '-0', '1', '12.5', '0.000123', '1.720207', '1e-7', '2.5E+3', '123456789012345', '1234567890123456789', '0.1', '3.141592653589793', '9007199254740993', '1e22', '1e23', '-4.9e-324'];
    for (let i = 0; i < 5000; i++) {
      const v = r() * 10 ** Math.floor(r() * 12 - 4);
      cases.push(String(v), v.toFixed(Math.floor(r() * 8)), v.toExponential(Math.floor(r() * 10)));
    }
    for (const c of cases) expect(Object.is(read(c), JSON.parse(c) as number), c).toBe(true);
  });

  it('returns NaN off the JSON number grammar', () => {
    for (const c of ['', '-', '.5', '5.', '01', '+1', '1e', '1e+', 'NaN', 'Infinity', '0x10']) {
      const b = Buffer.from(c, 'latin1');
      const v = parseJsonNumber(b, 0, b.length);
      const whole = jsonNumberEnd === c.length;
      expect(Number.isNaN(v) || !whole, c).toBe(true);
    }
  });
});
