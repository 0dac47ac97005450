import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCompact,
  formatCount,
  formatDuration,
  formatMs,
  formatPercent,
  formatUtc,
} from '../../reports/format.ts';

describe('formatMs', () => {
  it('drops decimals from 100 ms up and keeps one below', () => {
    expect(formatMs(371.4)).toBe('371');
    expect(formatMs(100)).toBe('100');
    expect(formatMs(99.94)).toBe('99.9');
    expect(formatMs(12)).toBe('12.0');
    expect(formatMs(0.46)).toBe('0.5');
    expect(formatMs(2202.6)).toBe('2,203');
  });
  it('adds the unit only on request, and never to n/a', () => {
    expect(formatMs(143.2, true)).toBe('143 ms');
    expect(formatMs(null, true)).toBe('n/a');
  });
  it('shows null and non-finite values as n/a', () => {
    expect(formatMs(null)).toBe('n/a');
    expect(formatMs(undefined)).toBe('n/a');
    expect(formatMs(Number.NaN)).toBe('n/a');
    expect(formatMs(Number.POSITIVE_INFINITY)).toBe('n/a');
  });
});

describe('formatPercent', () => {
  it('turns a fraction into a percentage with 2 decimals', () => {
    expect(formatPercent(0.011363)).toBe('1.14%');
    expect(formatPercent(0)).toBe('0.00%');
    expect(formatPercent(1)).toBe('100.00%');
    expect(formatPercent(null)).toBe('n/a');
    expect(formatPercent(Number.NaN)).toBe('n/a');
  });
});

describe('counts, bytes and compact axis numbers', () => {
  it('groups thousands', () => {
    expect(formatCount(19371)).toBe('19,371');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(null)).toBe('n/a');
  });
  it('uses decimal byte units', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(48_220_907)).toBe('48.2 MB');
    expect(formatBytes(1_734_882_113)).toBe('1.7 GB');
    expect(formatBytes(null)).toBe('n/a');
  });
  it('keeps axis numbers short', () => {
    expect(formatCompact(0)).toBe('0');
    expect(formatCompact(0.25)).toBe('0.25');
    expect(formatCompact(0.0012)).toBe('0.0012');
    expect(formatCompact(12.34)).toBe('12.3');
    expect(formatCompact(950)).toBe('950');
    expect(formatCompact(12_500)).toBe('12.5k');
    expect(formatCompact(3_400_000)).toBe('3.4M');
  });
});

describe('dates and durations', () => {
  it('formats timestamps in UTC', () => {
    expect(formatUtc('2025-03-04T10:00:00.000Z')).toBe('2025-03-04 10:00:00 UTC');
    expect(formatUtc(Date.parse('2025-03-04T12:30:05+02:00'))).toBe('2025-03-04 10:30:05 UTC');
    expect(formatUtc(null)).toBe('n/a');
  });
  it('shows text it cannot parse as it came', () => {
    expect(formatUtc('yesterday-ish')).toBe('yesterday-ish');
  });
  it('formats durations', () => {
    expect(formatDuration(180_000)).toBe('3 min 00 s');
    expect(formatDuration(42_400)).toBe('42 s');
    expect(formatDuration(3_725_000)).toBe('1 h 02 min');
    expect(formatDuration(Number.NaN)).toBe('n/a');
    expect(formatDuration(-5)).toBe('n/a');
  });
});
