import { describe, expect, it } from 'vitest';
import { isUsableK6, parseK6Version } from '../../runner/version.ts';

describe('k6 versions', () => {
  it('reads the version line k6 prints', () => {
    expect(parseK6Version('k6 v2.2.0 (commit/devel, go1.26.8, linux/amd64)')).toEqual([2, 2, 0]);
    expect(parseK6Version('k6 v1.8.1 (go1.24)')).toEqual([1, 8, 1]);
    expect(parseK6Version('command not found')).toBeNull();
  });
  it('accepts the pinned v2 release or newer within v2 only', () => {
    expect(isUsableK6([2, 2, 0])).toBe(true);
    expect(isUsableK6([2, 10, 1])).toBe(true);
    expect(isUsableK6([2, 1, 9])).toBe(false);
    expect(isUsableK6([1, 9, 0])).toBe(false);
    expect(isUsableK6([3, 0, 0])).toBe(false);
  });
});
