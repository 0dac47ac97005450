import { describe, expect, it } from 'vitest';
import { decodeEntities, formById, formFields, parseAttributes, parseForms, urlEncode } from '../../../scenarios/lib/html-forms.ts';
import { capture } from '../../reference.ts';

interface Meta {
  request: { form_fields: [string, string][] | null };
}

describe('forms on captured pages', () => {
  it('the login form sends the fields the captured login POST sent, in order', () => {
    const form = formById(capture('login/01-get-login-page.html'), 'login');
    const sent = (JSON.parse(capture('login/02-post-login.json')) as Meta).request.form_fields ?? [];
    expect(form?.action).toBe('http://127.0.0.1:8080/login/index.php');
    expect([...formFields(form ?? { action: '', id: '', inputs: [], textareas: [] }).keys()]).toEqual(sent.map(([n]) => n));
  });

  it('reads every form of the captured pages without losing an action', () => {
    for (const page of ['dashboard/01-get-my.html', 'quiz/03-get-attempt-page0.html', 'quiz/09-get-summary.html', 'quiz/11-get-review.html']) {
      const forms = parseForms(capture(page));
      expect(forms.length, page).toBeGreaterThan(0);
      for (const f of forms) expect(f.action, page).toMatch(/^http:\/\/127\.0\.0\.1:8080\//);
    }
  });

  it('keeps the last of repeated names in the first place, as PHP reads a checkbox after its hidden 0', () => {
    const form = parseForms('<form action="/x"><input type="hidden" name="c" value="0" /><input type="checkbox" name="c" value="1" checked="checked" /><input type="radio" name="r" value="a"><input type="submit" name="go" value="Go"><input name="t" value="a&amp;b" disabled></form>')[0];
    expect([...formFields(form ?? { action: '', id: '', inputs: [], textareas: [] })]).toEqual([['c', '1']]);
  });

  it('parses attributes in any order and quoting, and decodes entities', () => {
    expect([...parseAttributes(`<input name='n' type=hidden value="a&amp;b&quot;c" checked>`)]).toEqual([['name', 'n'], ['type', 'hidden'], ['value', 'a&b"c'], ['checked', '']]);
    expect(decodeEntities('&lt;&gt;&#039;&amp;amp;')).toBe("<>'&amp;");
    expect(urlEncode(new Map([['q9:1_answer', 'a b'], ['next', 'Finish attempt ...']]))).toBe('q9%3A1_answer=a%20b&next=Finish%20attempt%20...');
  });
});
