import { describe, expect, it } from 'vitest';
import { parseUsersCsv } from '../../../scenarios/lib/csv.ts';

describe('parseUsersCsv', () => {
  it('reads a username,password CSV with a header, CRLF and blank lines included', () => {
    expect(parseUsersCsv('username,password\r\ntool_generator_000001,Pw1\r\n\r\ntool_generator_000002,Pw2\n')).toEqual([
      { username: 'tool_generator_000001', password: 'Pw1' },
      { username: 'tool_generator_000002', password: 'Pw2' },
    ]);
  });
  it("reads the headerless file Moodle's maketestplan writes", () => {
    expect(parseUsersCsv('tool_generator_000001,Student-Pw1\ntool_generator_000002,Student-Pw1\n')).toEqual([
      { username: 'tool_generator_000001', password: 'Student-Pw1' },
      { username: 'tool_generator_000002', password: 'Student-Pw1' },
    ]);
  });
  it('finds the columns by header, whatever their order', () => {
    expect(parseUsersCsv('password,email,username\nsecret,a@b,alice')).toEqual([{ username: 'alice', password: 'secret' }]);
  });
  it('says what is wrong with a bad header, a short line or no users', () => {
    expect(() => parseUsersCsv('username,email\na,b')).toThrow(/expected a header with username,password/);
    expect(() => parseUsersCsv('username,password\n')).toThrow(/no users/);
    expect(() => parseUsersCsv('alice,pw\nbob\n')).toThrow('users CSV line 2: expected username,password; got "bob"');
  });
});
