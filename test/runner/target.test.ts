import { describe, expect, it } from 'vitest';
import { checkTarget, isLoopbackHost } from '../../runner/target.ts';

describe('checkTarget', () => {
  it('accepts loopback targets without confirmation', () => {
    for (const url of ['http://127.0.0.1:8080', 'http://localhost/moodle', 'http://127.3.2.1', 'http://[::1]:9000']) {
      expect(checkTarget(url, undefined).ok, url).toBe(true);
    }
  });
  it('refuses any other host unless --confirm-target names it exactly', () => {
    const refused = checkTarget('https://moodle.example.edu', undefined);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toMatch(/--confirm-target moodle\.example\.edu/);
    expect(checkTarget('https://moodle.example.edu', 'other.example.edu').ok).toBe(false);
    expect(checkTarget('https://moodle.example.edu', 'MOODLE.example.edu').ok).toBe(true);
    expect(checkTarget('http://10.0.0.5', undefined).ok).toBe(false);
  });
  it('does not take look-alikes for loopback', () => {
    expect(isLoopbackHost('127.0.0.1.evil.com')).toBe(false);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
    expect(isLoopbackHost('127.0.0.256')).toBe(false);
  });
  it('explains a malformed or non-http URL', () => {
    const bad = checkTarget('moodle.local', undefined);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/expected an http\(s\) URL/);
    expect(checkTarget('ftp://127.0.0.1', undefined).ok).toBe(false);
  });
});
