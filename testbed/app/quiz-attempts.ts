// Quiz attempts as Moodle keeps them: one open attempt per student and quiz (startattempt sends them
// back into it), a question usage whose id is NOT the attempt id (clients must read it from the page),
// multichoice answers shuffled per attempt, and a sequence count per question that a save with a
// changed response or the finish moves on (the page's `sequencecheck` must match it).
import type { TestbedQuiz } from './courses.ts';
import type { QuestionDef } from './questions.ts';

export interface AttemptQuestion {
  readonly slot: number;
  readonly page: number;
  readonly def: QuestionDef;
  /** Display order of a multichoice's choices (indexes into def.choices); shown values are positions. */
  readonly order: readonly number[];
  /** Saved response fields without the q<usage>:<slot>_ prefix (answer, choice0…). */
  response: Readonly<Record<string, string>>;
  sequence: number;
}

export interface QuizAttempt {
  readonly id: number;
  readonly usageId: number;
  readonly userId: number;
  readonly quiz: TestbedQuiz;
  readonly number: number;
  readonly startedMs: number;
  readonly questions: readonly AttemptQuestion[];
  finishedMs: number | null;
  currentPage: number;
}

// A long load test makes many attempts: keep the last few finished ones per student and quiz.
const FINISHED_KEPT = 5;

export class QuizAttempts {
  private nextId = 1;
  private readonly byId = new Map<number, QuizAttempt>();
  private readonly byUserQuiz = new Map<string, QuizAttempt[]>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly random: () => number = Math.random,
  ) {}

  get(id: number): QuizAttempt | undefined {
    return this.byId.get(id);
  }

  /** The student's attempts at this quiz, oldest first (finished ones beyond the last few are forgotten). */
  list(userId: number, cmid: number): readonly QuizAttempt[] {
    return this.byUserQuiz.get(`${userId}:${cmid}`) ?? [];
  }

  open(userId: number, cmid: number): QuizAttempt | undefined {
    return this.list(userId, cmid).find((a) => a.finishedMs === null);
  }

  start(userId: number, quiz: TestbedQuiz): QuizAttempt {
    const key = `${userId}:${quiz.cmid}`;
    const previous = this.byUserQuiz.get(key) ?? [];
    const id = this.nextId++;
    let slot = 0;
    const questions = quiz.pages.flatMap((defs, page) =>
      defs.map((def): AttemptQuestion => ({ slot: ++slot, page, def, order: def.qtype === 'multichoice' ? this.shuffle(def.choices.length) : [], response: {}, sequence: 1 })),
    );
    const attempt: QuizAttempt = {
      id,
      usageId: id + 1000,
      userId,
      quiz,
      number: (previous[previous.length - 1]?.number ?? 0) + 1,
      startedMs: this.now(),
      questions,
      finishedMs: null,
      currentPage: 0,
    };
    const kept = [...previous, attempt];
    while (kept.length > FINISHED_KEPT + 1) {
      const old = kept.shift();
      if (old !== undefined) this.byId.delete(old.id);
    }
    this.byUserQuiz.set(key, kept);
    this.byId.set(id, attempt);
    return attempt;
  }

  /**
   * Stores a response when it differs from the saved one. A submitted change moves the sequence on,
   * as a new step does in Moodle; an autosave does not (Moodle keeps it as a replaceable autosaved step).
   */
  save(question: AttemptQuestion, response: Readonly<Record<string, string>>, advance: boolean): void {
    if (JSON.stringify(response) === JSON.stringify(question.response)) return;
    question.response = response;
    if (advance) question.sequence++;
  }

  finish(attempt: QuizAttempt): void {
    attempt.finishedMs = this.now();
    for (const q of attempt.questions) q.sequence++;
  }

  private shuffle(n: number): number[] {
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    return order;
  }
}

export function pageCount(attempt: QuizAttempt): number {
  return attempt.quiz.pages.length;
}

export function isAnswered(q: AttemptQuestion): boolean {
  switch (q.def.qtype) {
    case 'truefalse':
      return q.response['answer'] === '0' || q.response['answer'] === '1';
    case 'multichoice':
      return q.def.single ? /^\d+$/.test(q.response['answer'] ?? '') : Object.entries(q.response).some(([k, v]) => k.startsWith('choice') && v === '1');
    case 'shortanswer':
    case 'numerical':
    case 'essay':
      return (q.response['answer'] ?? '').trim() !== '';
  }
}

/** Marks 1 or 0 for an answered question; null for an essay (graded by a teacher) or no answer. */
export function isCorrect(q: AttemptQuestion): boolean | null {
  if (!isAnswered(q)) return null;
  const def = q.def;
  switch (def.qtype) {
    case 'truefalse':
      return (q.response['answer'] === '1') === def.correct;
    case 'multichoice': {
      const chosen = q.order.filter((_, shown) => (def.single ? q.response['answer'] === String(shown) : q.response[`choice${shown}`] === '1'));
      return chosen.length === def.correct.length && chosen.every((c) => def.correct.includes(c));
    }
    case 'shortanswer':
      return (q.response['answer'] ?? '').trim().toLowerCase() === def.correct;
    case 'numerical':
      return Number(q.response['answer']) === def.correct;
    case 'essay':
      return null;
  }
}
