// A quiz attempt page (mod/quiz/attempt.php), read as FLOWS.md §4 describes it: the responseform,
// its attempt-level hidden fields, and one `div.que` per question whose fields are named
// q<usageid>:<slot>_<name>. The usage id is read from the page, never assumed to be the attempt id.
import { formById, formFields, parseInputs, submitValue, type InputField } from './html-forms.ts';

export interface QuizQuestion {
  readonly usageId: number;
  readonly slot: number;
  /** Moodle's qtype name: truefalse, multichoice, shortanswer, numerical, essay, … */
  readonly qtype: string;
  /** The last class of the question div: notyetanswered, answersaved, correct, … */
  readonly state: string;
  readonly inputs: readonly InputField[];
}

export interface AttemptPage {
  /** processattempt.php?cmid=… (entities decoded). */
  readonly action: string;
  readonly attemptId: number;
  readonly thisPage: number;
  /** -1 on the last page: "next" goes to the summary. */
  readonly nextPage: number;
  readonly slots: readonly number[];
  /** What the form sends as it stands (hidden fields, checked controls), without any button. */
  readonly fields: ReadonlyMap<string, string>;
  readonly questions: readonly QuizQuestion[];
  /** The `next` button's value ("Next page", "Finish attempt ..."), null when there is none. */
  readonly nextButton: string | null;
  /** Seconds from M.mod_quiz.autosave.init(…); null when the site has autosave off. */
  readonly autosaveSeconds: number | null;
}

export function parseAttemptPage(html: string): AttemptPage | null {
  const form = formById(html, 'responseform');
  if (form === null) return null;
  const fields = formFields(form);
  const int = (name: string): number | null => {
    const raw = fields.get(name);
    return raw === undefined || !/^-?\d+$/.test(raw) ? null : Number(raw);
  };
  const attemptId = int('attempt');
  const thisPage = int('thispage');
  const nextPage = int('nextpage');
  if (attemptId === null || thisPage === null || nextPage === null) return null;
  const slots = (fields.get('slots') ?? '').split(',').filter((s) => /^\d+$/.test(s)).map(Number);
  return {
    action: form.action,
    attemptId,
    thisPage,
    nextPage,
    slots,
    fields,
    questions: parseQuestions(html),
    nextButton: submitValue(form, 'next'),
    autosaveSeconds: autosavePeriod(html),
  };
}

/** The question divs in page order, each with the inputs up to the next question. */
export function parseQuestions(html: string): QuizQuestion[] {
  const starts = [...html.matchAll(/<div id="question-(\d+)-(\d+)" class="que ([^"]*)"/g)];
  return starts.map((m, i) => {
    const classes = (m[3] ?? '').trim().split(/\s+/);
    const end = starts[i + 1]?.index ?? html.length;
    return {
      usageId: Number(m[1]),
      slot: Number(m[2]),
      qtype: classes[0] ?? '',
      state: classes[classes.length - 1] ?? '',
      inputs: parseInputs(html.slice(m.index, end)),
    };
  });
}

export function autosavePeriod(html: string): number | null {
  const m = /M\.mod_quiz\.autosave\.init\("?(\d+)"?\)/.exec(html);
  const seconds = m?.[1] === undefined ? 0 : Number(m[1]);
  return seconds > 0 ? seconds : null;
}

/** The prefix of a question's own fields: `q<usageid>:<slot>_`. */
export function fieldPrefix(q: Pick<QuizQuestion, 'usageId' | 'slot'>): string {
  return `q${q.usageId}:${q.slot}_`;
}

const WORDS = ['frog', 'newt', 'toad', 'salamander', 'axolotl'];

/**
 * A learner's answer to one question as [field, value] pairs, chosen from what the page offers
 * (multichoice values are shuffled per attempt, so they are read, never assumed). Question types
 * other than these four are left blank, as a student may.
 */
export function chooseAnswer(q: QuizQuestion, random: () => number): [string, string][] {
  const prefix = fieldPrefix(q);
  const own = q.inputs.filter((i) => i.name.startsWith(prefix) && !i.name.startsWith(`${prefix}:`) && !i.disabled);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  switch (q.qtype) {
    case 'truefalse':
    case 'multichoice': {
      const radios = own.filter((i) => i.type === 'radio' && i.value !== '-1');
      if (radios.length > 0) {
        const choice = pick(radios);
        return choice === undefined ? [] : [[choice.name, choice.value]];
      }
      // Several answers allowed: a checkbox per choice (each with a hidden "0" before it).
      const boxes = own.filter((i) => i.type === 'checkbox');
      const chosen = boxes.filter(() => random() < 0.5);
      const first = pick(boxes);
      if (chosen.length === 0 && first !== undefined) chosen.push(first);
      return chosen.map((b) => [b.name, b.value]);
    }
    case 'shortanswer':
    case 'numerical': {
      const text = own.find((i) => i.type === 'text' && i.name === `${prefix}answer`);
      if (text === undefined) return [];
      const value = q.qtype === 'numerical' ? String(Math.floor(random() * 100)) : (pick(WORDS) ?? 'frog');
      return [[text.name, value]];
    }
    default:
      return [];
  }
}

/** The form as the learner submits it: the page's fields, the chosen answers, then the button. */
export function attemptSubmission(page: AttemptPage, answers: readonly [string, string][], button: string | null): Map<string, string> {
  const fields = new Map(page.fields);
  for (const [name, value] of answers) fields.set(name, value);
  if (button !== null) fields.set('next', button);
  return fields;
}
