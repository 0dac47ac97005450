// What the CLI hands every scenario through k6's environment (-e NAME=value), validated once at init
// with messages that say what, expected and got. `moodle-capacity run` sets these from its flags and
// the profile; they are documented here for anyone running a bundle with k6 directly. Pure: env.ts
// reads k6's __ENV.
import { parseBounds } from './bounds.ts';

export interface ScenarioConfig {
  /** MC_TARGET: Moodle's wwwroot without a trailing slash; '' when MC_TENANTS lists the sites. */
  readonly target: string;
  /** MC_USERS_CSV: the users CSV (username,password); '' when every tenant names its own. */
  readonly usersCsv: string;
  /** MC_SITE_FILE: pinned courses/activities/quizzes (moodle-capacity/site@1); null = discover. */
  readonly siteFile: string | null;
  /** MC_TENANTS: the normalised tenants file (absolute paths); null = one site, MC_TARGET. */
  readonly tenantsFile: string | null;
  /** MC_THINK_TIME "min,max": seconds between a browsing learner's pages (default 3,45). */
  readonly thinkTime: readonly [number, number];
  /** MC_QUIZ_PAGE_TIME "min,max": seconds a student spends on one quiz page (default 30,90). */
  readonly quizPageTime: readonly [number, number];
  /** MC_QUIZ_DEADLINE: seconds after the scenario start when the exam closes; 0 = submit when done. */
  readonly quizDeadlineSeconds: number;
  /** MC_QUIZ_SUBMIT_SPREAD: students submit up to this many seconds before the deadline. */
  readonly quizSubmitSpreadSeconds: number;
  /** MC_MIX: JSON {journey: weight} for term-start. */
  readonly mix: Readonly<Record<string, number>>;
}

export const JOURNEYS = ['login-storm', 'course-browse', 'quiz-exam'] as const;
export const DEFAULT_MIX: Readonly<Record<string, number>> = { 'login-storm': 6, 'course-browse': 3, 'quiz-exam': 1 };

function seconds(name: string, raw: string | undefined): number {
  if (raw === undefined || raw === '') return 0;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name}; expected seconds >= 0, got ${JSON.stringify(raw)}`);
  return n;
}

export function parseMix(raw: string | undefined): Record<string, number> {
  if (raw === undefined || raw === '') return { ...DEFAULT_MIX };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = null;
  }
  const known: readonly string[] = JOURNEYS;
  const ok =
    typeof value === 'object' && value !== null && !Array.isArray(value) &&
    Object.entries(value).every(([k, w]) => known.includes(k) && typeof w === 'number' && Number.isFinite(w) && w >= 0) &&
    Object.values(value).some((w) => (w as number) > 0);
  if (!ok) throw new Error(`MC_MIX; expected a JSON object of ${JOURNEYS.join(', ')} → weight >= 0 (one > 0), got ${JSON.stringify(raw)}`);
  return value as Record<string, number>;
}

export function readConfig(env: Readonly<Record<string, string | undefined>>): ScenarioConfig {
  const target = (env['MC_TARGET'] ?? '').replace(/\/+$/, '');
  const tenantsFile = env['MC_TENANTS'] ?? '';
  if (target === '' && tenantsFile === '') throw new Error('MC_TARGET is not set; run scenarios through `moodle-capacity run --target URL` (or --tenants FILE)');
  return {
    target,
    usersCsv: env['MC_USERS_CSV'] ?? '',
    siteFile: (env['MC_SITE_FILE'] ?? '') === '' ? null : (env['MC_SITE_FILE'] ?? null),
    tenantsFile: tenantsFile === '' ? null : tenantsFile,
    thinkTime: parseBounds('MC_THINK_TIME', env['MC_THINK_TIME'], [3, 45]),
    quizPageTime: parseBounds('MC_QUIZ_PAGE_TIME', env['MC_QUIZ_PAGE_TIME'], [30, 90]),
    quizDeadlineSeconds: seconds('MC_QUIZ_DEADLINE', env['MC_QUIZ_DEADLINE']),
    quizSubmitSpreadSeconds: seconds('MC_QUIZ_SUBMIT_SPREAD', env['MC_QUIZ_SUBMIT_SPREAD']),
    mix: parseMix(env['MC_MIX']),
  };
}
