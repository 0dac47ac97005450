import { describe, expect, it } from 'vitest';
import { attemptIdOf, finishAttemptForm, preflightForm, reviewSummary, startAttemptForm } from '../../../scenarios/lib/quiz-forms.ts';
import { capture } from '../../reference.ts';

interface Meta {
  request: { url: string; form_fields: [string, string][] | null };
  response: { location: string | null };
  extracted: { review_summary_table?: [string, string][] };
}
const meta = (path: string): Meta => JSON.parse(capture(path)) as Meta;

describe('quiz forms on the captured pages', () => {
  it.each(['quiz/01-get-quiz-view.html', 'quiz/12-get-quiz-view-after-attempt.html', 'errors/13-quiz-view-with-unfinished-attempt.html'])(
    '%s: the start/continue form posts exactly what Moodle accepted',
    (path) => {
      const form = startAttemptForm(capture(path));
      expect(form?.action).toBe('http://127.0.0.1:8080/mod/quiz/startattempt.php');
      expect([...(form?.fields.keys() ?? [])]).toEqual(meta('quiz/02-post-startattempt.json').request.form_fields?.map(([n]) => n));
      expect(form?.fields.get('cmid')).toBe('71');
      expect(form?.fields.get('sesskey')).toMatch(/^[A-Za-z0-9]{10}$/);
    },
  );

  it('the summary finish form is the captured finishattempt POST, field for field', () => {
    const form = finishAttemptForm(capture('quiz/09-get-summary.html'));
    const sent = meta('quiz/10-post-processattempt-finishattempt.json');
    expect(form?.action).toBe(sent.request.url);
    expect([...(form?.fields ?? [])]).toEqual(sent.request.form_fields);
  });

  it('the review summary says Finished, as the capture metadata does', () => {
    const rows = reviewSummary(capture('quiz/11-get-review.html'));
    expect(rows[0]).toEqual(['Status', 'Finished']);
    expect(rows.map(([k]) => k)).toEqual((meta('quiz/11-get-review.json').extracted.review_summary_table ?? []).map(([k]) => k));
    expect(rows.find(([k]) => k === 'Marks')?.[1]).toBe('5.00/5.00');
  });

  it('finds no such forms where there are none', () => {
    expect(startAttemptForm(capture('quiz/09-get-summary.html'))).toBeNull();
    expect(finishAttemptForm(capture('quiz/01-get-quiz-view.html'))).toBeNull();
    expect(preflightForm(capture('quiz/01-get-quiz-view.html'))).toBeNull();
    expect(reviewSummary(capture('quiz/09-get-summary.html'))).toEqual([]);
  });

  it('reads a formslib pre-flight form (not captured: formslib writes name before type)', () => {
    const html = `<form autocomplete="off" action="http://x/mod/quiz/startattempt.php" method="post" accept-charset="utf-8" id="mod_quiz_preflight_form" class="mform">
<div style="display: none;"><input name="cmid" type="hidden" value="71" />
<input name="sesskey" type="hidden" value="abcdefghij" />
<input name="_qf__mod_quiz_form_preflight_check_form" type="hidden" value="1" />
</div><input type="password" name="quizpassword" id="id_quizpassword" value="">
<input type="submit" class="btn btn-primary" name="submitbutton" id="id_submitbutton" value="Start attempt">
<input type="submit" class="btn btn-secondary" name="cancel" id="id_cancel" value="Cancel"></form>`;
    const form = preflightForm(html);
    expect([...(form?.fields ?? [])]).toEqual([
      ['cmid', '71'],
      ['sesskey', 'abcdefghij'],
      ['_qf__mod_quiz_form_preflight_check_form', '1'],
      ['quizpassword', ''],
      ['submitbutton', 'Start attempt'],
    ]);
    expect(form?.needsPassword).toBe(true);
  });

  it('reads the attempt id from every captured quiz redirect', () => {
    for (const step of ['quiz/02-post-startattempt.json', 'quiz/08-post-processattempt-page2-to-summary.json', 'quiz/10-post-processattempt-finishattempt.json']) {
      expect(attemptIdOf(meta(step).response.location ?? '')).toBe(9);
    }
  });
});
