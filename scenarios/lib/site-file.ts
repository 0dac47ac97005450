// The optional site file: pins the courses, activities and quizzes a run visits, with weights, instead
// of discovering them as a learner does. `moodle-capacity discover` writes one from Moodle's web-service
// API; people edit the weights. Validated once, with messages that say what, expected and got (pure).

export const SITE_FILE_SCHEMA = 'moodle-capacity/site@1';

export interface SiteActivity {
  /** Moodle's module name: page, resource, forum, quiz, … */
  readonly type: string;
  readonly cmid: number;
  readonly weight: number;
  readonly name?: string;
  /** A quiz's password, for its pre-flight check (kept out of logs and run directories). */
  readonly password?: string;
}

export interface SiteCourse {
  readonly id: number;
  readonly weight: number;
  readonly shortname?: string;
  /** None listed: learners take the activities from the course page, as without a site file. */
  readonly activities: readonly SiteActivity[];
}

export interface SiteFile {
  readonly schema: typeof SITE_FILE_SCHEMA;
  /** Where it was discovered (informational). */
  readonly target?: string;
  readonly generatedAt?: string;
  readonly courses: readonly SiteCourse[];
}

export interface PinnedQuiz {
  readonly courseId: number;
  readonly cmid: number;
  readonly weight: number;
  readonly password?: string;
}

type Json = Record<string, unknown>;

function fail(where: string, expected: string, got: unknown): never {
  throw new Error(`site file: ${where}; expected ${expected}, got ${JSON.stringify(got)}`);
}

function object(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'an object', value);
  return value as Json;
}

function positiveInt(o: Json, key: string, where: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) fail(`${where}.${key}`, 'a positive integer', v);
  return v;
}

function weight(o: Json, where: string): number {
  const v = o['weight'] ?? 1;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail(`${where}.weight`, 'a number >= 0 (default 1)', v);
  return v;
}

function optionalString(o: Json, key: string, where: string): string | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') fail(`${where}.${key}`, 'a string', v);
  return v;
}

export function parseSiteFile(value: unknown): SiteFile {
  const o = object(value, 'the file');
  if (o['schema'] !== SITE_FILE_SCHEMA) fail('schema', JSON.stringify(SITE_FILE_SCHEMA), o['schema']);
  const list = o['courses'];
  if (!Array.isArray(list) || list.length === 0) fail('courses', 'a non-empty list of {id, weight, activities}', list);
  const courses = list.map((c: unknown, i): SiteCourse => {
    const where = `courses[${i}]`;
    const course = object(c, where);
    const acts = course['activities'] ?? [];
    if (!Array.isArray(acts)) fail(`${where}.activities`, 'a list of {type, cmid, weight}', acts);
    const activities = acts.map((a: unknown, j): SiteActivity => {
      const w = `${where}.activities[${j}]`;
      const act = object(a, w);
      const type = act['type'];
      if (typeof type !== 'string' || !/^[a-z][a-z0-9_]*$/.test(type)) fail(`${w}.type`, 'a Moodle module name such as page, forum or quiz', type);
      const name = optionalString(act, 'name', w);
      const password = optionalString(act, 'password', w);
      return { type, cmid: positiveInt(act, 'cmid', w), weight: weight(act, w), ...(name === undefined ? {} : { name }), ...(password === undefined ? {} : { password }) };
    });
    const shortname = optionalString(course, 'shortname', where);
    return { id: positiveInt(course, 'id', where), weight: weight(course, where), ...(shortname === undefined ? {} : { shortname }), activities };
  });
  const target = optionalString(o, 'target', 'the file');
  const generatedAt = optionalString(o, 'generatedAt', 'the file');
  return { schema: SITE_FILE_SCHEMA, ...(target === undefined ? {} : { target }), ...(generatedAt === undefined ? {} : { generatedAt }), courses };
}

/** Every quiz of the site file, with the weight a learner picks it by. */
export function pinnedQuizzes(site: SiteFile): PinnedQuiz[] {
  return site.courses.flatMap((c) =>
    c.activities.filter((a) => a.type === 'quiz').map((a) => ({ courseId: c.id, cmid: a.cmid, weight: a.weight * c.weight, ...(a.password === undefined ? {} : { password: a.password }) })),
  );
}

/** The quiz passwords of a site file (the runner masks them in everything it writes). */
export function siteSecrets(site: SiteFile): string[] {
  return site.courses.flatMap((c) => c.activities.flatMap((a) => (a.password === undefined ? [] : [a.password])));
}
