// Moodle reports many failures with HTTP 200; each check failure is counted by kind so a broken run
// shows what broke, not only that something did.
import { check } from 'k6';
import { Counter } from 'k6/metrics';
import type { FailureKind } from './failure-kind.ts';

export type { FailureKind } from './failure-kind.ts';

const failures = new Counter('moodle_failures');

/** A named k6 check; on failure the kind is counted with the transaction name. */
export function expect(name: string, transaction: string, ok: boolean, kind: FailureKind): boolean {
  check(null, { [name]: () => ok }, { name: transaction });
  if (!ok) failures.add(1, { kind, name: transaction });
  return ok;
}
