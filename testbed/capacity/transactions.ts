// What each kind of request costs the web tier. Means are the single-request timings of a stock
// Moodle 5.0 on 2 cores (DOMAIN.md); page families add their own entries here as they are built.

export const BASE_SERVICE_MS = {
  login_page: 36,
  login_post: 52,
  // Single captures on the same machine (moodle-reference errors/07, 10 and 01, 03, 04, 17):
  login_post_failed: 26, // 23–28: no session regeneration
  require_login: 18, // 16–20: the 303 to the login page of a page that needs a login
  testsession: 16,
  dashboard: 115, // measured 100–130
  ajax: 20, // measured 15–27
  logout: 20,
  // Not measured: front page, 404s and other small pages; between testsession and login page.
  other: 25,
  // Course and activity pages (DOMAIN.md: course small / 50 pages 94 / 166; page / forum /
  // discussion 72 / 116 / 88; resource 303 + file 29 + 21).
  course_view: 94,
  course_view_large: 166,
  my_courses: 100, // not measured: like the dashboard without its blocks
  page_view: 72,
  forum_view: 116,
  forum_discussion: 88,
  resource_view: 29,
  resource_file: 21,
  // Quiz (DOMAIN.md: view 102, startattempt 45, attempt page 74–86, processattempt 32–35,
  // summary 70, finish 55, review 79).
  quiz_view: 102,
  quiz_preflight: 60, // not measured: the start form of a timed or protected quiz
  quiz_startattempt: 45,
  quiz_attempt_page: 80,
  quiz_processattempt: 34,
  quiz_autosave: 25, // not measured: an AJAX save of the current answers
  quiz_summary: 70,
  quiz_finish: 55,
  quiz_review: 79,
  webservice: 25, // not measured: a REST call of the discover command
} as const satisfies Record<string, number>;

export type Transaction = keyof typeof BASE_SERVICE_MS;

export function meanServiceMs(transaction: Transaction, scale: number): number {
  return BASE_SERVICE_MS[transaction] * scale;
}
