import { describe, expect, it } from 'vitest';
import { parseCookieHeader, sessionCookie } from '../../../testbed/http/cookies.ts';

describe('cookies', () => {
  it('parses a Cookie header; the first of duplicate names wins', () => {
    const c = parseCookieHeader('MOODLEID1_=x; MoodleSession=abc ;MoodleSession=def; junk; =v');
    expect(c.get('MoodleSession')).toBe('abc');
    expect(c.get('MOODLEID1_')).toBe('x');
    expect(c.size).toBe(2);
    expect(parseCookieHeader(undefined).size).toBe(0);
  });

  it('writes Moodle’s session cookie', () => {
    expect(sessionCookie('abc')).toBe('MoodleSession=abc; path=/; HttpOnly');
  });
});
