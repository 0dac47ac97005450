import { describe, expect, it } from 'vitest';
import { ellipsize, wrapText } from '../../reports/wrap.ts';

// A monospace measure: one unit per character.
const mono = (s: string) => s.length;

describe('wrapText', () => {
  it('breaks at spaces and keeps every line within the width', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', 12, mono);
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy dog']);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(12);
  });
  it('breaks URLs after slashes and query separators', () => {
    expect(wrapText('GET /mod/quiz/attempt.php?attempt=1&cmid=2', 16, mono)).toEqual([
      'GET /mod/quiz/',
      'attempt.php?',
      'attempt=1&cmid=2',
    ]);
  });
  it('hard-breaks a word longer than the line', () => {
    expect(wrapText('abcdefghij', 4, mono)).toEqual(['abcd', 'efgh', 'ij']);
  });
  it('keeps explicit newlines and returns one line for short text', () => {
    expect(wrapText('one\ntwo', 20, mono)).toEqual(['one', 'two']);
    expect(wrapText('short', 20, mono)).toEqual(['short']);
  });
  it('ends the last kept line with an ellipsis when there are too many lines', () => {
    const lines = wrapText('aaa bbb ccc ddd eee', 7, mono, 2);
    expect(lines).toEqual(['aaa bbb', 'ccc dd…']);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(7);
  });
});

describe('ellipsize', () => {
  it('leaves text that fits alone and shortens text that does not', () => {
    expect(ellipsize('fits', 10, mono)).toBe('fits');
    expect(ellipsize('AWS/ApplicationELB/RequestCount', 10, mono)).toBe('AWS/Appli…');
    expect(mono(ellipsize('AWS/ApplicationELB/RequestCount', 10, mono))).toBeLessThanOrEqual(10);
  });
});
