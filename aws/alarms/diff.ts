// What applying a desired state would do to the current one (pure). Items in scope that are not
// desired are deleted; items out of scope are kept and listed, so nothing disappears unannounced.
import { stableJson } from './stable-json.ts';
import type { Change, FieldChange, GroupState, ItemKind, Scope } from './types.ts';

function fields(from: object, to: object): FieldChange[] {
  const a = from as Record<string, unknown>;
  const b = to as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter((k) => stableJson(a[k]) !== stableJson(b[k])).map((k) => ({ field: k, from: a[k], to: b[k] }));
}

function diffKind<T extends object>(kind: ItemKind, name: (x: T) => string, current: readonly T[], desired: readonly T[], scope: readonly string[]): Change[] {
  const cur = new Map(current.map((x) => [name(x), x]));
  const want = new Map(desired.map((x) => [name(x), x]));
  const out: Change[] = [];
  for (const [n, d] of want) {
    const c = cur.get(n);
    if (c === undefined) out.push({ kind, name: n, action: 'create', fields: fields({}, d) });
    else {
      const f = fields(c, d);
      out.push({ kind, name: n, action: f.length === 0 ? 'unchanged' : 'update', fields: f });
    }
  }
  for (const [n, c] of cur) {
    if (want.has(n)) continue;
    out.push(scope.includes(n) ? { kind, name: n, action: 'delete', fields: fields(c, {}) } : { kind, name: n, action: 'keep', fields: [] });
  }
  return out;
}

export function diffStates(current: GroupState, desired: GroupState, scope: Scope): Change[] {
  return [
    ...diffKind('policy', (p) => p.PolicyName, current.policies, desired.policies, scope.policies),
    ...diffKind('alarm', (a) => a.AlarmName, current.alarms, desired.alarms, scope.alarms),
    ...diffKind('scheduled', (s) => s.ScheduledActionName, current.scheduled, desired.scheduled, scope.scheduled),
  ];
}

export function hasChanges(changes: readonly Change[]): boolean {
  return changes.some((c) => c.action === 'create' || c.action === 'update' || c.action === 'delete');
}

/** The scope of a desired state: its own names (plus, with `replace`, everything the group has). */
export function scopeOf(desired: GroupState, current: GroupState | null, replace: boolean): Scope {
  const all = <T>(d: readonly T[], c: readonly T[] | undefined, name: (x: T) => string): string[] => [...new Set([...d.map(name), ...(replace ? (c ?? []).map(name) : [])])];
  return {
    policies: all(desired.policies, current?.policies, (p) => p.PolicyName),
    alarms: all(desired.alarms, current?.alarms, (a) => a.AlarmName),
    scheduled: all(desired.scheduled, current?.scheduled, (s) => s.ScheduledActionName),
  };
}

export function formatChanges(changes: readonly Change[]): string {
  const sign = { create: '+', update: '~', delete: '-', unchanged: '=', keep: ' ' } as const;
  const lines: string[] = [];
  for (const c of changes) {
    const note = c.action === 'keep' ? '   (not managed here: kept; --replace removes it)' : '';
    lines.push(`${sign[c.action]} ${c.kind} ${c.name}: ${c.action}${note}`);
    if (c.action === 'update') for (const f of c.fields) lines.push(`      ${f.field}: ${stableJson(f.from) ?? '—'} → ${stableJson(f.to) ?? '—'}`);
  }
  return lines.join('\n');
}
