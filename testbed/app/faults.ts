// Switchable broken modes, so tests can show that the scenarios' checks catch what a sick Moodle does
// while still answering HTTP 200 (or a redirect). Off in normal use.
export const TESTBED_FAULTS = {
  'wrong-logintoken': 'the login form carries a logintoken that does not validate (every login is rejected)',
  'wrong-sesskey': "pages show a sesskey that is not the session's (AJAX and form posts fail with invalidsesskey)",
  'expire-sessions': 'a session dies after its first logged-in page (the next request goes to the login page)',
  'errors-as-200': "logged-in pages are Moodle's error page, sent with HTTP 200",
  'session-lock': 'logged-in pages fail with "Unable to obtain session lock", sent with HTTP 200',
} as const;

export type TestbedFault = keyof typeof TESTBED_FAULTS;

export function isTestbedFault(value: string): value is TestbedFault {
  return Object.hasOwn(TESTBED_FAULTS, value);
}
