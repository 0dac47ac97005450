import { describe, expect, it } from 'vitest';
import { redact } from '../../runner/redact.ts';

describe('redact', () => {
  it('masks sesskeys, logintokens, session cookies, passwords and AWS secrets', () => {
    const line = 'GET http://127.0.0.1/login/logout.php?sesskey=8bzsOF6oTX logintoken=1RavIfLmQ8NNMWQ MoodleSession=abc123def; password=Hunter22 AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI';
    const out = redact(line);
    for (const secret of ['8bzsOF6oTX', '1RavIfLmQ8NNMWQ', 'abc123def', 'Hunter22', 'wJalrXUtnFEMI']) expect(out).not.toContain(secret);
    expect(out).toContain('sesskey=[redacted]');
  });
  it('masks the exact passwords it is given, wherever they appear', () => {
    expect(redact('user student001 typed Tb-abcdefgh1234 twice: Tb-abcdefgh1234', ['Tb-abcdefgh1234'])).not.toContain('Tb-abcdefgh1234');
  });
  it('leaves ordinary lines alone', () => {
    expect(redact('running (0m05.0s), 02/10 VUs, 10 complete')).toBe('running (0m05.0s), 02/10 VUs, 10 complete');
  });
});
