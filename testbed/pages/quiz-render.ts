// A question as the quiz renders it, with the markup of the captured Moodle 5.0 attempt and review
// pages (quiz/03, 05, 07, 11): div#question-<usage>-<slot>.que.<qtype>.<behaviour>.<state>, the
// hidden :flagged and :sequencecheck fields, and per type the answer controls.
import { isAnswered, isCorrect, type AttemptQuestion } from '../app/quiz-attempts.ts';
import { escapeHtml } from './html.ts';

export interface RenderMode {
  /** The review page: controls disabled, states correct/incorrect/notanswered. */
  readonly review: boolean;
}

export function questionHtml(usageId: number, q: AttemptQuestion, mode: RenderMode): string {
  const p = `q${usageId}:${q.slot}_`;
  const state = stateOf(q, mode);
  const ro = mode.review ? ' disabled="disabled"' : '';
  const info = `<div class="info"><h3 class="no">Question <span class="qno">${q.slot}</span></h3><div class="state">${STATE_TEXT[state]}</div><div class="grade">${gradeText(q, mode)}</div><div class="questionflag editable"><input type="hidden" name="${p}:flagged" value="0" /><input type="checkbox" id="${p}:flaggedcheckbox" name="${p}:flagged" value="1" /><label id="${p}:flaggedlabel" for="${p}:flaggedcheckbox"><span>Flag question</span></label>
</div></div>`;
  const formulation = `<div class="formulation clearfix"><h4 class="accesshide">Question text</h4><input type="hidden" name="${p}:sequencecheck" value="${q.sequence}" /><div class="qtext">${escapeHtml(q.def.text)}</div>${controls(p, q, ro)}</div>`;
  return `<div id="question-${usageId}-${q.slot}" class="que ${q.def.qtype} deferredfeedback ${state}">${info}<div class="content">${formulation}</div></div>`;
}

type State = 'notyetanswered' | 'answersaved' | 'correct' | 'incorrect' | 'notanswered' | 'requiresgrading';
const STATE_TEXT: Readonly<Record<State, string>> = {
  notyetanswered: 'Not yet answered',
  answersaved: 'Answer saved',
  correct: 'Correct',
  incorrect: 'Incorrect',
  notanswered: 'Not answered',
  requiresgrading: 'Complete',
};

function stateOf(q: AttemptQuestion, mode: RenderMode): State {
  if (!mode.review) return isAnswered(q) ? 'answersaved' : 'notyetanswered';
  const correct = isCorrect(q);
  if (correct === null) return isAnswered(q) ? 'requiresgrading' : 'notanswered';
  return correct ? 'correct' : 'incorrect';
}

function gradeText(q: AttemptQuestion, mode: RenderMode): string {
  if (!mode.review) return 'Marked out of 1.00';
  return `Mark ${isCorrect(q) === true ? '1.00' : '0.00'} out of 1.00`;
}

const checked = (yes: boolean): string => (yes ? ' checked="checked"' : '');

function controls(p: string, q: AttemptQuestion, ro: string): string {
  const def = q.def;
  const legend = `<legend class="prompt h6 fw-normal visually-hidden"><span class="visually-hidden">Question ${q.slot}</span> Answer</legend>`;
  switch (def.qtype) {
    case 'truefalse':
      return `<fieldset class="ablock">${legend}<div class="answer"><div class="r0"><input type="radio" name="${p}answer" value="1" id="${p}answertrue"${ro}${checked(q.response['answer'] === '1')} /><label for="${p}answertrue" class="ms-1">True</label> </div><div class="r1"><input type="radio" name="${p}answer" value="0" id="${p}answerfalse"${ro}${checked(q.response['answer'] === '0')} /><label for="${p}answerfalse" class="ms-1">False</label> </div></div></fieldset>`;
    case 'multichoice': {
      const rows = q.order
        .map((original, shown) => {
          const label = `<div class="d-flex w-auto" id="${p}${def.single ? 'answer' : 'choice'}${shown}_label" data-region="answer-label"><span class="answernumber">${String.fromCharCode(97 + shown)}. </span><div class="flex-fill ms-1">${escapeHtml(def.choices[original] ?? '')}</div></div>`;
          const input = def.single
            ? `<input type="radio" name="${p}answer" value="${shown}" id="${p}answer${shown}" aria-labelledby="${p}answer${shown}_label"${ro}${checked(q.response['answer'] === String(shown))} />`
            : `<input type="hidden" name="${p}choice${shown}" value="0" /><input type="checkbox" name="${p}choice${shown}" value="1" id="${p}choice${shown}" aria-labelledby="${p}choice${shown}_label"${ro}${checked(q.response[`choice${shown}`] === '1')} />`;
          return `<div class="r${shown % 2}">${input}${label} </div>`;
        })
        .join('\n');
      const clear = def.single
        ? `<div id="${p}clearchoice" class="qtype_multichoice_clearchoice visually-hidden" aria-hidden="true"><input type="radio" name="${p}answer" id="${p}answer-1" value="-1" class="visually-hidden" aria-hidden="true"${ro}${checked(!isAnswered(q))} /><label for="${p}answer-1"><a tabindex="-1" role="button" class="btn btn-link ms-3 mt-n1" href="#">Clear my choice</a></label></div>`
        : '';
      return `<fieldset class="ablock no-overflow visual-scroll-x">${legend}<div class="answer">${rows}
</div>${clear}</fieldset>`;
    }
    case 'shortanswer':
    case 'numerical': {
      const value = q.response['answer'];
      const size = def.qtype === 'numerical' ? 30 : 80;
      return `<div class="ablock d-flex flex-wrap align-items-center"><label for="${p}answer">Answer: <span class="visually-hidden">Question ${q.slot}</span><span class="answer"><input type="text" name="${p}answer"${value === undefined ? '' : ` value="${escapeHtml(value)}"`} id="${p}answer" size="${size}" class="form-control d-inline"${ro === '' ? '' : ' readonly="readonly"'} /></span></label></div>`;
    }
    case 'essay':
      return `<div class="ablock"><div class="answer"><textarea name="${p}answer" id="${p}answer_id" rows="10" cols="60" class="form-control"${ro}>${escapeHtml(q.response['answer'] ?? '')}</textarea></div><input type="hidden" name="${p}answerformat" value="1" /></div>`;
  }
}

/** The response fields a question reads from a POST (without the q<usage>:<slot>_ prefix). */
export function responseFields(q: AttemptQuestion): string[] {
  const def = q.def;
  if (def.qtype === 'multichoice' && !def.single) return def.choices.map((_, i) => `choice${i}`);
  return ['answer'];
}
