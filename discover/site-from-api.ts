// A site file from what Moodle's web services say (pure): the courses (not the site course), their
// activities in course order (modules a learner can open: visible, with a view page), and which
// quizzes have questions. Every weight starts at 1 for people to edit.
import { SITE_FILE_SCHEMA, type SiteActivity, type SiteCourse, type SiteFile } from '../scenarios/lib/site-file.ts';

export interface ApiCourse {
  readonly id: number;
  readonly shortname: string;
  readonly format?: string;
}

export interface ApiModule {
  readonly id: number;
  readonly modname: string;
  readonly name: string;
  readonly visible?: number | boolean;
  readonly uservisible?: boolean;
}

export interface ApiQuiz {
  readonly coursemodule: number;
  readonly hasquestions?: number | boolean;
}

// Modules without a page of their own.
const NO_VIEW = new Set(['label', 'subsection', 'qbank']);

export function parseCourses(reply: unknown): ApiCourse[] {
  if (!Array.isArray(reply)) throw new Error(`core_course_get_courses: expected a list of courses, got ${JSON.stringify(reply).slice(0, 120)}`);
  return reply.filter((c): c is ApiCourse => typeof c === 'object' && c !== null && typeof (c as ApiCourse).id === 'number' && typeof (c as ApiCourse).shortname === 'string');
}

export function parseModules(reply: unknown): ApiModule[] {
  if (!Array.isArray(reply)) throw new Error(`core_course_get_contents: expected a list of sections, got ${JSON.stringify(reply).slice(0, 120)}`);
  return reply.flatMap((section: unknown) => {
    const modules = typeof section === 'object' && section !== null ? (section as { modules?: unknown }).modules : undefined;
    return Array.isArray(modules) ? modules.filter((m): m is ApiModule => typeof m === 'object' && m !== null && typeof (m as ApiModule).id === 'number' && typeof (m as ApiModule).modname === 'string') : [];
  });
}

export function parseQuizzes(reply: unknown): ApiQuiz[] {
  const quizzes = typeof reply === 'object' && reply !== null ? (reply as { quizzes?: unknown }).quizzes : undefined;
  if (!Array.isArray(quizzes)) throw new Error(`mod_quiz_get_quizzes_by_courses: expected {quizzes: [...]}, got ${JSON.stringify(reply).slice(0, 120)}`);
  return quizzes.filter((q): q is ApiQuiz => typeof q === 'object' && q !== null && typeof (q as ApiQuiz).coursemodule === 'number');
}

/** The learner courses: everything but the front page (format "site", id 1). */
export function learnerCourses(courses: readonly ApiCourse[]): ApiCourse[] {
  return courses.filter((c) => c.format !== 'site' && c.id !== 1);
}

export function buildSiteFile(target: string, generatedAt: Date, courses: readonly ApiCourse[], modules: ReadonlyMap<number, readonly ApiModule[]>, quizzes: readonly ApiQuiz[]): SiteFile {
  const empty = new Set(quizzes.filter((q) => q.hasquestions === 0 || q.hasquestions === false).map((q) => q.coursemodule));
  const siteCourses: SiteCourse[] = courses.map((c) => {
    const activities: SiteActivity[] = (modules.get(c.id) ?? [])
      .filter((m) => m.uservisible !== false && m.visible !== 0 && m.visible !== false && !NO_VIEW.has(m.modname))
      .filter((m) => !(m.modname === 'quiz' && empty.has(m.id)))
      .map((m) => ({ type: m.modname, cmid: m.id, weight: 1, name: m.name }));
    return { id: c.id, weight: 1, shortname: c.shortname, activities };
  });
  return { schema: SITE_FILE_SCHEMA, target, generatedAt: generatedAt.toISOString(), courses: siteCourses };
}
