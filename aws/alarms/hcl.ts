// A minimal HCL writer for the Terraform export: attributes, nested blocks, strings, numbers,
// booleans, lists, maps and bare references (`aws_autoscaling_policy.x.arn`).

export interface Ref {
  readonly ref: string;
}

export type HclValue = string | number | boolean | Ref | readonly HclValue[] | { readonly [k: string]: HclValue };

export interface HclBlock {
  readonly type: string;
  readonly labels: readonly string[];
  readonly attrs: readonly (readonly [string, HclValue | undefined])[];
  readonly blocks?: readonly HclBlock[];
}

function isRef(v: HclValue): v is Ref {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'ref' in v && Object.keys(v).length === 1;
}

export function quote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\$\{/g, '$${').replace(/%\{/g, '%%{')}"`;
}

function value(v: HclValue, indent: string): string {
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '0';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (isRef(v)) return v.ref;
  if (Array.isArray(v)) return `[${v.map((x) => value(x, indent)).join(', ')}]`;
  const entries = Object.entries(v as Record<string, HclValue>);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, x]) => `${indent}  ${quote(k)} = ${value(x, `${indent}  `)}`).join('\n')}\n${indent}}`;
}

export function block(b: HclBlock, indent = ''): string {
  const head = `${indent}${b.type}${b.labels.map((l) => ` ${quote(l)}`).join('')} {`;
  const attrs = b.attrs.filter((a): a is readonly [string, HclValue] => a[1] !== undefined);
  const width = Math.max(0, ...attrs.map(([k]) => k.length));
  const lines = attrs.map(([k, v]) => `${indent}  ${k.padEnd(width)} = ${value(v, `${indent}  `)}`);
  const nested = (b.blocks ?? []).map((x) => block(x, `${indent}  `));
  return [head, ...lines, ...nested, `${indent}}`].join('\n');
}
