import { describe, expect, it } from 'vitest';
import { TESTBED_COURSES, type TestbedQuiz } from '../../../testbed/app/courses.ts';
import { isAnswered, isCorrect, QuizAttempts } from '../../../testbed/app/quiz-attempts.ts';

const quiz = TESTBED_COURSES.flatMap((c) => c.modules).find((m): m is TestbedQuiz => m.type === 'quiz' && m.cmid === 71);
if (quiz === undefined) throw new Error('no quiz 71');

describe('quiz attempts', () => {
  it('shuffles multichoice answers per attempt and grades by the choice, not the shown position', () => {
    let x = 0;
    const attempts = new QuizAttempts(() => 1000, () => (x = (x + 0.37) % 1));
    const orders = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const a = attempts.start(10 + i, quiz);
      const prime = a.questions[1];
      if (prime === undefined) throw new Error('no question 2');
      orders.add(prime.order.join(','));
      const shownSeven = prime.order.indexOf(0); // "7" is choice 0
      attempts.save(prime, { answer: String(shownSeven) }, true);
      expect(isCorrect(prime)).toBe(true);
      attempts.save(prime, { answer: String((shownSeven + 1) % 4) }, true);
      expect(isCorrect(prime)).toBe(false);
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('moves the sequence on a submitted change and on finish, not on an autosave or an unchanged response', () => {
    const attempts = new QuizAttempts();
    const a = attempts.start(3, quiz);
    const q = a.questions[0];
    if (q === undefined) throw new Error('no question');
    attempts.save(q, { answer: '1' }, false);
    expect([q.sequence, isAnswered(q)]).toEqual([1, true]);
    attempts.save(q, { answer: '1' }, true);
    expect(q.sequence).toBe(1);
    attempts.save(q, { answer: '0' }, true);
    expect(q.sequence).toBe(2);
    attempts.finish(a);
    expect(q.sequence).toBe(3); // as in the captured review: 1 → 2 saved → 3 finished
  });

  it('keeps one open attempt per student and quiz, and a bounded history', () => {
    const attempts = new QuizAttempts();
    for (let i = 0; i < 10; i++) attempts.finish(attempts.start(3, quiz));
    const open = attempts.start(3, quiz);
    expect(attempts.open(3, quiz.cmid)).toBe(open);
    expect(attempts.open(4, quiz.cmid)).toBeUndefined();
    expect(attempts.list(3, quiz.cmid).length).toBeLessThanOrEqual(6);
    expect(open.number).toBe(11);
    expect(open.usageId).not.toBe(open.id);
  });
});
