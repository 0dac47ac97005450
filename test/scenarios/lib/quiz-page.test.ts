// The attempt pages of a real Moodle 5.0 quiz: every field the captured POSTs sent must come out of
// the page it was sent from, and the answers chosen must be ones the page offers.
import { describe, expect, it } from 'vitest';
import { attemptSubmission, chooseAnswer, parseAttemptPage, type AttemptPage } from '../../../scenarios/lib/quiz-page.ts';
import { capture } from '../../reference.ts';

interface Meta {
  request: { form_fields: [string, string][] | null };
  extracted: { question_divs?: { usage_id: number; slot: number; qtype: string; state_class: string }[] };
}
const meta = (path: string): Meta => JSON.parse(capture(path)) as Meta;

function page(path: string): AttemptPage {
  const parsed = parseAttemptPage(capture(path));
  if (parsed === null) throw new Error(`${path}: not an attempt page`);
  return parsed;
}

const PAGES = [
  ['quiz/03-get-attempt-page0.html', 'quiz/04-post-processattempt-page0-next.json', 0, 1, [1, 2], 'Next page'],
  ['quiz/05-get-attempt-page1.html', 'quiz/06-post-processattempt-page1-next.json', 1, 2, [3, 4], 'Next page'],
  ['quiz/07-get-attempt-page2.html', 'quiz/08-post-processattempt-page2-to-summary.json', 2, -1, [5], 'Finish attempt ...'],
] as const;

describe('parseAttemptPage on the captured attempt pages', () => {
  it.each(PAGES)('%s: attempt fields, slots and the next button', (html, _post, thisPage, nextPage, slots, next) => {
    const p = page(html);
    expect(p.attemptId).toBe(9);
    expect(p.thisPage).toBe(thisPage);
    expect(p.nextPage).toBe(nextPage);
    expect(p.slots).toEqual(slots);
    expect(p.nextButton).toBe(next);
    expect(p.action).toBe('http://127.0.0.1:8080/mod/quiz/processattempt.php?cmid=71');
    expect(p.autosaveSeconds).toBe(60);
  });

  it.each(PAGES)('%s: the question divs match the capture metadata', (html) => {
    const expected = meta(html.replace('.html', '.json')).extracted.question_divs ?? [];
    expect(page(html).questions.map((q) => ({ usage_id: q.usageId, slot: q.slot, qtype: q.qtype, state_class: q.state }))).toEqual(
      expected.map((d) => ({ usage_id: d.usage_id, slot: d.slot, qtype: d.qtype, state_class: d.state_class })),
    );
  });

  it.each(PAGES)('%s: every non-answer field Moodle accepted comes from the page, with the same value', (html, post) => {
    const p = page(html);
    const sent = meta(post).request.form_fields ?? [];
    const answers = new Set(p.questions.map((q) => `q${q.usageId}:${q.slot}_`));
    for (const [name, value] of sent) {
      const isAnswer = [...answers].some((prefix) => name.startsWith(prefix) && !name.startsWith(`${prefix}:`));
      if (name === 'next' || isAnswer) continue;
      expect(p.fields.get(name), name).toBe(name === 'sesskey' ? p.fields.get('sesskey') : value);
    }
    // And nothing the page sends is unknown to Moodle's own POST.
    const sentNames = new Set(sent.map(([n]) => n));
    for (const name of p.fields.keys()) expect(sentNames.has(name) || name.endsWith('_answer'), name).toBe(true);
  });

  it('chooses answers the page offers, per question type, and leaves the clear-choice value alone', () => {
    for (const [html] of PAGES) {
      const p = page(html);
      for (const q of p.questions) {
        for (let seed = 0; seed < 20; seed++) {
          let x = seed / 20;
          const random = (): number => (x = (x * 7.3 + 0.11) % 1);
          const answer = chooseAnswer(q, random);
          expect(answer.length, `${q.qtype} slot ${q.slot}`).toBeGreaterThan(0);
          for (const [name, value] of answer) {
            expect(name.startsWith(`q${q.usageId}:${q.slot}_`)).toBe(true);
            if (q.qtype === 'shortanswer') expect(value).toMatch(/^[a-z]+$/);
            else {
              expect(value).not.toBe('-1');
              expect(q.inputs.some((i) => i.name === name && i.value === value && i.type !== 'hidden')).toBe(true);
            }
          }
        }
      }
    }
  });

  it('builds a submission that carries the answers over the page defaults and the button last', () => {
    const p = page('quiz/03-get-attempt-page0.html');
    expect(p.fields.get('q9:2_answer')).toBe('-1'); // "Clear my choice" is checked by default
    const form = attemptSubmission(p, [['q9:1_answer', '1'], ['q9:2_answer', '3']], 'Next page');
    expect(form.get('q9:2_answer')).toBe('3');
    expect(form.get('q9:1_:sequencecheck')).toBe('1');
    expect([...form.keys()].pop()).toBe('next');
    expect(attemptSubmission(p, [], null).has('next')).toBe(false);
  });

  it('reads a numerical question like a short answer and leaves unknown types blank', () => {
    const q = { usageId: 3, slot: 6, state: 'notyetanswered', inputs: [{ name: 'q3:6_answer', type: 'text', value: '', checked: false, disabled: false, id: '' }] };
    expect(chooseAnswer({ ...q, qtype: 'numerical' }, () => 0.42)).toEqual([['q3:6_answer', '42']]);
    expect(chooseAnswer({ ...q, qtype: 'essay' }, () => 0.42)).toEqual([]);
  });

  it('is null for pages that are not attempt pages', () => {
    expect(parseAttemptPage(capture('quiz/09-get-summary.html'))).toBeNull();
    expect(parseAttemptPage(capture('quiz/11-get-review.html'))).toBeNull();
  });
});
