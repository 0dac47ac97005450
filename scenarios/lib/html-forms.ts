// Forms in Moodle's pages, read the way a browser submits them (pure: unit-tested against captures).
// Attribute order differs between Moodle's renderers (single_button writes type/name/value, formslib
// writes name/type/value, the question engine uses self-closing tags), so attributes are parsed, not
// matched positionally.

export interface InputField {
  readonly name: string;
  readonly type: string;
  readonly value: string;
  readonly checked: boolean;
  readonly disabled: boolean;
  readonly id: string;
}

export interface HtmlForm {
  /** The action URL with HTML entities decoded. */
  readonly action: string;
  readonly id: string;
  readonly inputs: readonly InputField[];
  /** Names of the textareas in the form (their content is not needed: we never keep it). */
  readonly textareas: readonly string[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#039': "'", '#39': "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#0?39);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** Attributes of one tag's source (`<input type="radio" name="x" checked="checked" />`). */
export function parseAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const body = tag.replace(/^<[a-zA-Z]+/, '').replace(/\/?>$/, '');
  const re = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attributes;
}

export function parseInputs(html: string): InputField[] {
  const fields: InputField[] = [];
  for (const m of html.matchAll(/<input\b[^>]*>/gi)) {
    const a = parseAttributes(m[0]);
    const name = a.get('name');
    if (name === undefined || name === '') continue;
    fields.push({
      name,
      type: (a.get('type') ?? 'text').toLowerCase(),
      value: a.get('value') ?? '',
      checked: a.has('checked'),
      disabled: a.has('disabled'),
      id: a.get('id') ?? '',
    });
  }
  return fields;
}

/** Every form in the page, in order. */
export function parseForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const a = parseAttributes(`<form${m[1] ?? ''}>`);
    const inner = m[2] ?? '';
    const textareas = [...inner.matchAll(/<textarea\b[^>]*>/gi)].map((t) => parseAttributes(t[0]).get('name') ?? '').filter((n) => n !== '');
    forms.push({ action: a.get('action') ?? '', id: a.get('id') ?? '', inputs: parseInputs(inner), textareas });
  }
  return forms;
}

export function formById(html: string, id: string): HtmlForm | null {
  return parseForms(html).find((f) => f.id === id) ?? null;
}

/** The first form whose action's path ends with `path` (e.g. "/mod/quiz/startattempt.php"). */
export function formByActionPath(html: string, path: string): HtmlForm | null {
  return parseForms(html).find((f) => f.action.split('?')[0]?.endsWith(path) === true) ?? null;
}

const NEVER_SENT = new Set(['submit', 'button', 'image', 'reset', 'file']);

/**
 * What submitting the form sends, without any button: enabled controls, radios and checkboxes only
 * when checked. A later control of the same name replaces the earlier value in place, as PHP keeps
 * the last one (Moodle pairs each checkbox with a hidden "0" of the same name).
 */
export function formFields(form: HtmlForm): Map<string, string> {
  const fields = new Map<string, string>();
  for (const input of form.inputs) {
    if (input.disabled || NEVER_SENT.has(input.type)) continue;
    if ((input.type === 'radio' || input.type === 'checkbox') && !input.checked) continue;
    fields.set(input.name, input.value);
  }
  return fields;
}

/** The value of a submit button by name (e.g. the quiz's `next`), or null when the form has none. */
export function submitValue(form: HtmlForm, name: string): string | null {
  return form.inputs.find((i) => i.name === name && i.type === 'submit')?.value ?? null;
}

/** application/x-www-form-urlencoded, in the map's order. */
export function urlEncode(fields: ReadonlyMap<string, string>): string {
  return [...fields].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}
