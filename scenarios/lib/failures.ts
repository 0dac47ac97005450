// Moodle reports many failures with HTTP 200; each check failure is counted by kind so a broken run
// shows what broke, not only that something did.
import { check } from 'k6';
import { Counter } from 'k6/metrics';

export type FailureKind =
  | 'http_status'
  | 'no_logintoken'
  | 'login_rejected'
  | 'session_lost'
  | 'no_sesskey'
  | 'invalid_sesskey'
  | 'ajax_error'
  | 'moodle_error'
  | 'session_lock'
  | 'unexpected_page';

const failures = new Counter('moodle_failures');

/** A named k6 check; on failure the kind is counted with the transaction name. */
export function expect(name: string, transaction: string, ok: boolean, kind: FailureKind): boolean {
  check(null, { [name]: () => ok }, { name: transaction });
  if (!ok) failures.add(1, { kind, name: transaction });
  return ok;
}
