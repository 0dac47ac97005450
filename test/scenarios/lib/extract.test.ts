import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLoginToken, extractMcfg, extractSesskey, extractUserId, fatalError, isLoginPage, loginError } from '../../../scenarios/lib/extract.ts';
import { capture, referenceDir } from '../../reference.ts';

describe('extraction on captured stock Moodle 5.0 pages', () => {
  it('finds the 32-character logintoken on the login page', () => {
    const token = extractLoginToken(capture('login/01-get-login-page.html'));
    expect(token).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(isLoginPage(capture('login/01-get-login-page.html'))).toBe(true);
  });

  it('reads sesskey and userId from the dashboard M.cfg, matching the capture metadata', () => {
    const html = capture('dashboard/01-get-my.html');
    const meta = JSON.parse(capture('dashboard/01-get-my.json')) as { extracted: { 'M.cfg': { sesskey: string; userId: number } } };
    expect(extractSesskey(html)).toBe(meta.extracted['M.cfg'].sesskey);
    expect(extractUserId(html)).toBe(14);
    expect(isLoginPage(html)).toBe(false);
    expect(html).toContain(`/login/logout.php?sesskey=${extractSesskey(html) ?? 'none'}`);
  });

  it('sees the anonymous front page as userId 0', () => {
    expect(extractUserId(capture('login/06-get-after-logout-frontpage.html'))).toBe(0);
  });

  it('reads the login error alerts', () => {
    expect(loginError(capture('errors/08-wrong-password-login-page-with-error.html'))).toBe('Invalid login, please try again');
    expect(loginError(capture('errors/19-timed-out-session-login-page-with-message.html'))).toBe('Your session has timed out. Please log in again.');
    expect(loginError(capture('login/01-get-login-page.html'))).toBeNull();
  });

  it('recognises fatal error pages and nothing else', () => {
    expect(fatalError(capture('errors/16-other-users-attempt.html'))).toBe('This is not your attempt!');
    expect(fatalError(capture('errors/14-invalid-sesskey-post-processattempt.html'))).toMatch(/session has most likely timed out/);
    expect(fatalError(capture('dashboard/01-get-my.html'))).toBeNull();
  });

  it('finds an M.cfg with the same sesskey on every captured HTML page of a logged-in flow', () => {
    for (const flow of ['dashboard', 'course', 'quiz']) {
      for (const file of readdirSync(join(referenceDir, flow)).filter((f) => f.endsWith('.html'))) {
        const html = capture(`${flow}/${file}`);
        if (!html.includes('<html')) continue; // AJAX replies and files
        if (html.includes('<title>Redirect</title>')) continue;
        const cfg = extractMcfg(html);
        expect(cfg, `${flow}/${file}`).not.toBeNull();
        expect(extractUserId(html), `${flow}/${file}`).toBe(14);
        expect(extractSesskey(html), `${flow}/${file}`).toMatch(/^[A-Za-z0-9]{10}$/);
      }
    }
  });
});
