// The quiz's single-button forms and the review page (pure: unit-tested against captures). Button
// texts ("Attempt quiz", "Continue your attempt") depend on the site's language, so nothing here
// decides on them: forms are found by their action or id.
import { decodeEntities, formByActionPath, formById, formFields, submitValue } from './html-forms.ts';

export interface PostForm {
  readonly action: string;
  readonly fields: ReadonlyMap<string, string>;
}

/** The view page's start/continue form: POST cmid and sesskey to startattempt.php. */
export function startAttemptForm(html: string): PostForm | null {
  const form = formByActionPath(html, '/mod/quiz/startattempt.php');
  if (form === null) return null;
  const fields = formFields(form);
  return fields.has('cmid') ? { action: form.action, fields } : null;
}

export interface PreflightForm extends PostForm {
  /** The quiz has a password: the `quizpassword` field must be filled. */
  readonly needsPassword: boolean;
}

/**
 * The pre-flight check startattempt.php shows (HTTP 200) instead of redirecting when the quiz has a
 * time limit, a password or another access rule with a check. Sent back with its hidden fields and
 * the "Start attempt" button (formslib only needs its `_qf__` marker to accept the submission).
 */
export function preflightForm(html: string): PreflightForm | null {
  const form = formById(html, 'mod_quiz_preflight_form');
  if (form === null) return null;
  const fields = formFields(form);
  const submit = submitValue(form, 'submitbutton');
  if (submit !== null) fields.set('submitbutton', submit);
  return { action: form.action, fields, needsPassword: form.inputs.some((i) => i.name === 'quizpassword') };
}

/** The summary page's "Submit all and finish" form (finishattempt=1). */
export function finishAttemptForm(html: string): PostForm | null {
  const form = formById(html, 'frm-finishattempt');
  if (form === null) return null;
  const fields = formFields(form);
  return fields.get('finishattempt') === '1' ? { action: form.action, fields } : null;
}

/** Rows of the review page's summary table (Status → Finished, Marks, Grade, …), in page order. */
export function reviewSummary(html: string): [string, string][] {
  const table = /<table[^>]*class="[^"]*\bquizreviewsummary\b[^"]*"[^>]*>([\s\S]*?)<\/table>/.exec(html)?.[1];
  if (table === undefined) return [];
  const rows: [string, string][] = [];
  for (const m of table.matchAll(/<th[^>]*>([\s\S]*?)<\/th>\s*<td[^>]*>([\s\S]*?)<\/td>/g)) {
    rows.push([text(m[1] ?? ''), text(m[2] ?? '')]);
  }
  return rows;
}

function text(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

/** attempt=… from a quiz URL (attempt.php, summary.php, review.php), or null. */
export function attemptIdOf(url: string): number | null {
  const m = /[?&]attempt=(\d+)/.exec(url);
  return m?.[1] === undefined ? null : Number(m[1]);
}
