// The kinds of failure a check counts (tag `kind` of the moodle_failures counter).
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
  | 'unexpected_page'
  | 'quiz_password';
