import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ajaxFailure, autosaveFailure, classifyPage, classifyRedirect } from '../../../scenarios/lib/classify.ts';
import { capture, referenceDir } from '../../reference.ts';

const target = 'http://127.0.0.1:8080';

interface Meta {
  request: { json_body: unknown[] | null };
  response: { status: number; location: string | null; content_type: string };
}
const meta = (path: string): Meta => JSON.parse(capture(path)) as Meta;
const steps = (flow: string): string[] => readdirSync(join(referenceDir, flow)).filter((f) => f.endsWith('.json')).map((f) => `${flow}/${f.replace('.json', '')}`);

describe('ajaxFailure on captured service.php replies', () => {
  it('accepts every successful reply of the logged-in flows, batched or not', () => {
    for (const step of [...steps('dashboard'), ...steps('course')]) {
      const m = meta(`${step}.json`);
      if (!m.response.content_type.startsWith('application/json')) continue;
      const body = capture(`${step}.html`);
      const calls = m.request.json_body?.length ?? (JSON.parse(body) as unknown[]).length;
      expect(ajaxFailure(m.response.status, body, calls), step).toBeNull();
    }
  });
  it('names an invalid sesskey and a logged-out session, both HTTP 200', () => {
    expect(ajaxFailure(200, capture('errors/15-ajax-invalid-sesskey.html'), 1)).toBe('invalid_sesskey');
    expect(ajaxFailure(200, capture('errors/05-ajax-after-logout.html'), 1)).toBe('session_lost');
  });
  it('rejects a reply with the wrong number of results, HTML, and non-200', () => {
    expect(ajaxFailure(200, capture('dashboard/05-ajax-core_message_get_unsent_message.html'), 2)).toBe('ajax_error');
    expect(ajaxFailure(200, '<html>Unable to obtain session lock</html>', 1)).toBe('session_lock');
    // The database session handler's early error, as an AJAX_SCRIPT answers it (JSON, HTTP 200).
    expect(ajaxFailure(200, '{"error":"Timed out while waiting for session lock.<br />Wait for your current requests to finish and try again later.","errorcode":"sessionwaiterr"}', 1)).toBe('session_lock');
    expect(ajaxFailure(200, '<html>oops</html>', 1)).toBe('ajax_error');
    expect(ajaxFailure(503, '', 1)).toBe('http_status');
  });
});

describe('classifyPage on every captured page', () => {
  it('accepts every logged-in HTML page of the dashboard, course and quiz flows', () => {
    let pages = 0;
    for (const step of [...steps('dashboard'), ...steps('course'), ...steps('quiz')]) {
      const m = meta(`${step}.json`);
      if (m.response.status !== 200 || !m.response.content_type.startsWith('text/html')) continue;
      expect(classifyPage(200, '', capture(`${step}.html`), target), step).toBeNull();
      pages++;
    }
    expect(pages).toBeGreaterThanOrEqual(12);
  });

  it('names each captured error for what it is, whatever its status', () => {
    const expected: Record<string, string | null> = {
      'errors/01-no-cookie-course-view': 'session_lost',
      'errors/02-no-cookie-redirect-target-login-page': 'session_lost',
      'errors/03-invalid-session-cookie-my': 'session_lost',
      'errors/04-logged-out-session-quiz-view': 'session_lost',
      'errors/08-wrong-password-login-page-with-error': 'session_lost',
      'errors/12-invalid-sesskey-setup-get-attempt-page0': null,
      'errors/13-quiz-view-with-unfinished-attempt': null,
      'errors/14-invalid-sesskey-post-processattempt': 'invalid_sesskey',
      'errors/16-other-users-attempt': 'moodle_error',
      'errors/17-timed-out-session-course-view': 'session_lost',
      'errors/19-timed-out-session-login-page-with-message': 'session_lost',
    };
    for (const [step, kind] of Object.entries(expected)) {
      const m = meta(`${step}.json`);
      expect(classifyPage(m.response.status, m.response.location ?? '', capture(`${step}.html`), target), step).toBe(kind);
      // The same body behind a proxy that turns everything into 200 is still recognised.
      if (m.response.status !== 303 && kind !== null) expect(classifyPage(200, '', capture(`${step}.html`), target), step).toBe(kind);
    }
  });

  it('session lock errors fail as session_lock, whatever the status', () => {
    expect(classifyPage(200, '', '<p class="errormessage">Unable to obtain session lock</p>', target)).toBe('session_lock');
    expect(classifyPage(500, '', 'Timed out while waiting for session lock. Wait for your current requests to finish and try again later.', target)).toBe('session_lock');
  });
});

describe('classifyRedirect on the captured quiz hops', () => {
  it('accepts every captured quiz 303 where it was meant to go', () => {
    for (const step of steps('quiz')) {
      const m = meta(`${step}.json`);
      if (m.response.status !== 303) continue;
      expect(classifyRedirect(303, m.response.location ?? '', capture(`${step}.html`), target, (l) => /\/mod\/quiz\/(attempt|summary|review)\.php\?attempt=\d+/.test(l)), step).toBeNull();
    }
  });
  it('names a redirect elsewhere, the login page and an error page', () => {
    const isReview = (l: string): boolean => l.includes('/mod/quiz/review.php');
    expect(classifyRedirect(303, `${target}/mod/quiz/view.php?id=71`, '', target, isReview)).toBe('unexpected_page');
    expect(classifyRedirect(303, `${target}/login/index.php`, '', target, isReview)).toBe('session_lost');
    expect(classifyRedirect(404, '', capture('errors/14-invalid-sesskey-post-processattempt.html'), target, isReview)).toBe('invalid_sesskey');
    expect(classifyRedirect(200, '', capture('quiz/09-get-summary.html'), target, isReview)).toBe('unexpected_page');
  });
});

describe('autosaveFailure', () => {
  it('accepts both answers Moodle versions give, and names errors by their code', () => {
    expect(autosaveFailure(200, 'OK')).toBeNull();
    expect(autosaveFailure(200, '{"status":"OK"}')).toBeNull();
    expect(autosaveFailure(200, '{"status":"OK","timeleft":120}')).toBeNull();
    expect(autosaveFailure(200, '{"error":"Your session has most likely timed out.","errorcode":"invalidsesskey"}')).toBe('invalid_sesskey');
    expect(autosaveFailure(200, '{"error":"x","errorcode":"requireloginerror"}')).toBe('session_lost');
    expect(autosaveFailure(200, '{"error":"x","errorcode":"attemptalreadyclosed"}')).toBe('ajax_error');
    expect(autosaveFailure(200, '<html>')).toBe('ajax_error');
    expect(autosaveFailure(502, '')).toBe('http_status');
  });
});
