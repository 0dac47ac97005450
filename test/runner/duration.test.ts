import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../runner/duration.ts';

describe('durations', () => {
  it('parses k6 durations', () => {
    expect(parseDuration('90s')).toBe(90);
    expect(parseDuration('1m30s')).toBe(90);
    expect(parseDuration('2h')).toBe(7200);
    expect(parseDuration('500ms')).toBe(0.5);
    expect(parseDuration('1.5m')).toBe(90);
  });
  it('rejects what k6 would reject', () => {
    for (const bad of ['', '90', 's', '1m 30s', '5x', '-1s']) expect(parseDuration(bad), bad).toBeNull();
  });
  it('formats seconds back, round-tripping', () => {
    expect(formatDuration(90)).toBe('1m30s');
    expect(formatDuration(60)).toBe('1m');
    expect(formatDuration(7)).toBe('7s');
    for (const s of [1, 59, 61, 3600, 5432]) expect(parseDuration(formatDuration(s))).toBe(s);
  });
});
