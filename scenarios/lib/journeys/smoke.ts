// One learner walks every transaction once: login, dashboard and its AJAX, My courses, a course page,
// a page, a file, a forum and a discussion, a whole quiz attempt (with one autosave), logout. Activity
// types the site does not have are reported in the log and skipped.
import { courseView, forumView, pageView, resourceView } from '../course.ts';
import { activityLinks, type ActivityLink } from '../course-links.ts';
import { dashboard, dashboardAjax, myCourses } from '../dashboard.ts';
import { login, logout } from '../login.ts';
import { takeQuiz } from '../quiz.ts';
import { chooseVisit } from '../tenancy.ts';

const WALKED = ['page', 'resource', 'forum', 'quiz'] as const;
const MAX_COURSES = 10;

export function smokeJourney(): void {
  const { site, user } = chooseVisit();
  const session = login(site.target, user);
  if (session === null) return;
  dashboardAjax(session);
  if (!dashboard(session)) return;
  const discovered = myCourses(session);
  if (discovered === null) return;
  // A site file pins the courses and the activities in them; otherwise the course pages' links count.
  const pinned = new Map((site.site?.courses ?? []).map((c) => [c.id, c.activities]));
  const courses = site.site === null ? discovered : [...pinned.keys()];
  const first = new Map<string, ActivityLink & { readonly password?: string }>();
  for (const id of courses.slice(0, MAX_COURSES)) {
    const html = courseView(session, id);
    if (html === null) return;
    const listed = pinned.get(id) ?? [];
    for (const link of listed.length > 0 ? listed : activityLinks(html)) if (!first.has(link.type)) first.set(link.type, link);
    if (WALKED.every((t) => first.has(t))) break;
  }
  const missing = WALKED.filter((t) => !first.has(t));
  if (missing.length > 0) console.warn(`smoke: no ${missing.join(', ')} activity in the first ${MAX_COURSES} courses of ${user.username}; skipped`);
  const page = first.get('page');
  const resource = first.get('resource');
  const forum = first.get('forum');
  const quiz = first.get('quiz');
  if (page !== undefined && !pageView(session, page.cmid)) return;
  if (resource !== undefined && !resourceView(session, resource.cmid)) return;
  if (forum !== undefined && !forumView(session, forum.cmid)) return;
  const pace = { pageSeconds: () => 0, submitNotBeforeMs: null, autosaveAtOnce: true, ...(quiz?.password === undefined ? {} : { password: quiz.password }) };
  if (quiz !== undefined && !takeQuiz(session, quiz.cmid, pace)) return;
  logout(session);
}
