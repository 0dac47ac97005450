// Where a learner goes: from the site file when the run pins courses and activities, otherwise found
// as a learner finds them (My courses' AJAX for the courses, the course page's links for activities).
import { courseView, isBrowsable } from './course.ts';
import { activityLinks, type ActivityLink } from './course-links.ts';
import { myCourses } from './dashboard.ts';
import { login, logout } from './login.ts';
import type { MoodleSession } from './session.ts';
import { pinnedQuizzes, type SiteFile } from './site-file.ts';
import { allSites, tagTenant, type SiteTarget } from './tenancy.ts';
import { pickWeighted, sampleWeighted } from './weighted.ts';

export interface CourseChoice {
  readonly id: number;
  /** The site file's activities for this course (with weights); null = take them from the page. */
  readonly pinned: readonly (ActivityLink & { readonly weight: number })[] | null;
}

/** Up to `n` courses to visit; null when finding them failed (already counted). */
export function chooseCourses(session: MoodleSession, site: SiteFile | null, n: number): CourseChoice[] | null {
  if (site !== null) return sampleWeighted(site.courses, (c) => c.weight, n, Math.random).map((c) => ({ id: c.id, pinned: c.activities.length > 0 ? c.activities : null }));
  const ids = myCourses(session);
  if (ids === null) return null;
  return sampleWeighted(ids, () => 1, n, Math.random).map((id) => ({ id, pinned: null }));
}

/** Up to `n` browsable activities of a course, from the site file or from its page. */
export function chooseActivities(course: CourseChoice, html: string, n: number): ActivityLink[] {
  const options = course.pinned ?? activityLinks(html).map((l) => ({ ...l, weight: 1 }));
  return sampleWeighted(options.filter(isBrowsable), (a) => a.weight, n, Math.random);
}

export interface QuizChoice {
  /** The quiz's course (the learner goes there first), when known. */
  readonly courseId: number | null;
  readonly cmid: number;
  /** From the site file, for a quiz whose pre-flight check asks for a password. */
  readonly password?: string;
}

/** Per site (tenant name, '' for a single-site run): the quiz found once in k6's setup(), or null. */
export type FoundQuizzes = Readonly<Record<string, QuizChoice | null>>;

export const siteKey = (site: SiteTarget): string => site.tenant ?? '';

/**
 * For setup(): the quiz of every site without a site file, found once as its first user would find
 * it (My courses, then course pages in that order until one links a quiz). Every student then takes
 * that same quiz, and the exam's start is not a walk through everyone's courses.
 */
export function findQuizzes(): FoundQuizzes {
  const found: Record<string, QuizChoice | null> = {};
  for (const site of allSites()) {
    const user = site.users[0];
    if (site.site !== null || user === undefined) continue;
    tagTenant(site);
    const session = login(site.target, user);
    found[siteKey(site)] = session === null ? null : firstQuiz(session);
    if (session !== null) logout(session);
  }
  return found;
}

function firstQuiz(session: MoodleSession): QuizChoice | null {
  for (const id of myCourses(session) ?? []) {
    const html = courseView(session, id);
    const quiz = html === null ? undefined : activityLinks(html).find((l) => l.type === 'quiz');
    if (quiz !== undefined) return { courseId: id, cmid: quiz.cmid };
  }
  return null;
}

/** The quiz to take: one of the site file's quizzes by weight, or the one setup() found. */
export function chooseQuiz(site: SiteTarget, found: FoundQuizzes): QuizChoice | null {
  if (site.site !== null) {
    const quiz = pickWeighted(pinnedQuizzes(site.site), (q) => q.weight, Math.random());
    return quiz === undefined ? null : { courseId: quiz.courseId, cmid: quiz.cmid, ...(quiz.password === undefined ? {} : { password: quiz.password }) };
  }
  return found[siteKey(site)] ?? null;
}
