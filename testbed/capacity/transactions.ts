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
} as const satisfies Record<string, number>;

export type Transaction = keyof typeof BASE_SERVICE_MS;

export function meanServiceMs(transaction: Transaction, scale: number): number {
  return BASE_SERVICE_MS[transaction] * scale;
}
