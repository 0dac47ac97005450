import { describe, expect, it } from 'vitest';
import { ajaxFailure, classifyPage } from '../../../scenarios/lib/classify.ts';
import { capture } from '../../reference.ts';

const target = 'http://127.0.0.1:8080';

describe('ajaxFailure on captured service.php replies', () => {
  it('accepts a successful reply', () => {
    expect(ajaxFailure(200, capture('dashboard/05-ajax-core_message_get_unsent_message.html'), 1)).toBeNull();
    expect(ajaxFailure(200, capture('dashboard/07-ajax-batched-two-methods.html'), 2)).toBeNull();
  });
  it('names an invalid sesskey and a logged-out session, both HTTP 200', () => {
    expect(ajaxFailure(200, capture('errors/15-ajax-invalid-sesskey.html'), 1)).toBe('invalid_sesskey');
    expect(ajaxFailure(200, capture('errors/05-ajax-after-logout.html'), 1)).toBe('session_lost');
  });
  it('rejects a reply with the wrong number of results, HTML, and non-200', () => {
    expect(ajaxFailure(200, capture('dashboard/05-ajax-core_message_get_unsent_message.html'), 2)).toBe('ajax_error');
    expect(ajaxFailure(200, '<html>Unable to obtain session lock</html>', 1)).toBe('session_lock');
    expect(ajaxFailure(503, '', 1)).toBe('http_status');
  });
});

describe('classifyPage', () => {
  it('treats a redirect to the login page as a lost session', () => {
    const meta = JSON.parse(capture('errors/03-invalid-session-cookie-my.json')) as { response: { status: number; location: string } };
    expect(classifyPage(meta.response.status, meta.response.location, '', target)).toBe('session_lost');
  });
  it('sees a 200 login page, an error page and a good page for what they are', () => {
    expect(classifyPage(200, '', capture('errors/08-wrong-password-login-page-with-error.html'), target)).toBe('session_lost');
    expect(classifyPage(404, '', capture('errors/16-other-users-attempt.html'), target)).toBe('http_status');
    expect(classifyPage(200, '', capture('errors/16-other-users-attempt.html'), target)).toBe('moodle_error');
    expect(classifyPage(200, '', capture('course/01-get-course-view-quizcourse.html'), target)).toBeNull();
  });
});
