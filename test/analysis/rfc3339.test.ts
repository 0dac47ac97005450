import { describe, expect, it } from 'vitest';
import { daysFromCivil, parseRfc3339Bytes, rfc3339End } from '../../analysis/rfc3339.ts';
import { prng } from '../prng.ts';

const bytes = (s: string): Buffer => Buffer.from(s, 'latin1');

describe('parseRfc3339Bytes', () => {
  it('agrees with Date.parse on k6 times: nanoseconds, no fraction, Z and ±HH:MM offsets, leap days', () => {
    const r = prng(7);
    const cases = ['2026-11-26T17:40:01.123456789Z', '2026-11-26T17:40:01Z', '2024-02-29T23:59:59.9Z', '1999-12-31T23:59:59.99+01:00', '2026-03-29T01:30:00.5-09:30'];
    for (let i = 0; i < 2000; i++) {
      const ms = Date.UTC(1990, 0, 1) + Math.floor(r() * 60 * 365 * 86400 * 1000);
      const iso = new Date(ms).toISOString();
      const digits = Math.floor(r() * 10);
      const frac = digits === 0 ? '' : `.${String(Math.floor(r() * 1e9)).padStart(9, '0').slice(0, digits)}`;
      const off = r() < 0.5 ? 'Z' : `${r() < 0.5 ? '+' : '-'}${String(Math.floor(r() * 14)).padStart(2, '0')}:${r() < 0.5 ? '00' : '30'}`;
      cases.push(`${iso.slice(0, 19)}${frac}${off}`);
    }
    for (const c of cases) {
      expect(parseRfc3339Bytes(bytes(c), 0, c.length), c).toBe(Date.parse(c));
      expect(rfc3339End).toBe(c.length);
    }
  });

  it('returns NaN for what is not the strict form, so the caller falls back to Date.parse', () => {
    for (const c of ['2026-11-26 17:40:01Z', '2026-13-01T00:00:00Z', '2026-11-26T24:00:00Z', '2026-11-26T17:40:60Z', '2026-11-26T17:40:01', '2026-11-26T17:40:01.Z', '2026-11-26T17:40:01+0100', 'yesterday at noon, ok']) {
      expect(parseRfc3339Bytes(bytes(c), 0, c.length), c).toBeNaN();
    }
  });

  it('counts days like the proleptic Gregorian calendar', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 3, 1)).toBe(Date.UTC(2000, 2, 1) / 86400000);
    expect(daysFromCivil(1900, 2, 28)).toBe(Date.UTC(1900, 1, 28) / 86400000);
  });
});
