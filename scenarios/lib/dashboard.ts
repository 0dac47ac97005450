// The dashboard (/my/) and the AJAX calls a browser makes when it loads (browser-observed-ajax.json),
// and the "My courses" page whose AJAX lists the learner's courses.
import { ajax } from './ajax.ts';
import { enrolledCourseIds } from './course-links.ts';
import { expect } from './failures.ts';
import { openPage, pageAjax } from './page.ts';
import { expectPage, type MoodleSession } from './session.ts';

export function dashboardAjax(session: MoodleSession): void {
  const now = Math.floor(Date.now() / 1000);
  const startOfDay = now - (now % 86400);
  pageAjax(session);
  ajax(session, [{ methodname: 'block_recentlyaccesseditems_get_recent_items', args: { limit: 9 } }]);
  ajax(session, [
    {
      methodname: 'core_calendar_get_action_events_by_timesort',
      args: { limitnum: 6, timesortfrom: startOfDay, timesortto: startOfDay + 7 * 86400, limittononsuspendedevents: true },
    },
  ]);
}

export function dashboard(session: MoodleSession): boolean {
  const ok = expectPage(session.get('/my/', 'dashboard'), session, 'dashboard');
  if (ok) dashboardAjax(session);
  return ok;
}

// The arguments the My courses page sends (dashboard/10 in the captures).
const ENROLLED_ARGS = {
  offset: 0,
  limit: 0,
  classification: 'all',
  sort: 'fullname',
  customfieldname: '',
  customfieldvalue: '',
  requiredfields: ['id', 'fullname', 'shortname', 'showcoursecategory', 'showshortname', 'visible', 'enddate'],
};

/** The learner's courses, found as the My courses page finds them; null when that failed. */
export function myCourses(session: MoodleSession): number[] | null {
  if (openPage(session, '/my/courses.php', 'my_courses') === null) return null;
  const replies = ajax(session, [{ methodname: 'core_course_get_enrolled_courses_by_timeline_classification', args: ENROLLED_ARGS }]);
  if (replies === null) return null;
  const ids = enrolledCourseIds(replies[0]);
  return expect('enrolled courses listed', 'ajax core_course_get_enrolled_courses_by_timeline_classification', ids !== null, 'ajax_error') ? ids : null;
}
