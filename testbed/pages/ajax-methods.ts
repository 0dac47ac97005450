// The web service functions lib/ajax/service.php knows. loginRequired mirrors Moodle's
// services.php: such calls need a logged-in session and its sesskey; the others need neither.
// Page families register more here (course state, quiz autosave…).
import type { PageContext } from '../app/context.ts';
import type { MoodleError } from './errors.ts';

export type AjaxArgs = Readonly<Record<string, unknown>>;

/** Thrown by a method for Moodle's failed-call reply ({error: true, exception}). */
export class AjaxMethodError extends Error {
  constructor(readonly error: MoodleError) {
    super(error.message);
  }
}

export interface AjaxMethod {
  readonly loginRequired: boolean;
  execute(args: AjaxArgs, ctx: PageContext): unknown;
}

// A few of video.js's strings; Moodle returns them as one JSON-encoded string.
const VIDEOJS_STRINGS = JSON.stringify({ 'Audio Player': 'Audio Player', 'Video Player': 'Video Player', Play: 'Play', Pause: 'Pause' }, null, 2);

export const AJAX_METHODS: ReadonlyMap<string, AjaxMethod> = new Map<string, AjaxMethod>([
  ['core_message_get_unsent_message', { loginRequired: true, execute: () => [] }],
  ['core_calendar_get_action_events_by_timesort', { loginRequired: true, execute: () => ({ events: [], firstid: null, lastid: null }) }],
  ['block_recentlyaccesseditems_get_recent_items', { loginRequired: true, execute: () => [] }],
  ['media_videojs_get_language', { loginRequired: false, execute: () => VIDEOJS_STRINGS }],
  ['core_course_get_enrolled_courses_by_timeline_classification', { loginRequired: true, execute: enrolledCourses }],
  ['core_courseformat_get_state', { loginRequired: true, execute: courseState }],
]);

/**
 * The course page's state for its JS: like Moodle, a JSON *string* with course, section and cm
 * (course/02 in the captures). An unknown course is a failed call.
 */
function courseState(args: AjaxArgs, ctx: PageContext): unknown {
  const course = ctx.site.courses.find((c) => c.id === args['courseid']);
  if (course === undefined) throw new AjaxMethodError({ errorcode: 'invalidrecord', module: 'error', message: "Can't find data record in database table course." });
  const sections = [...new Set(course.modules.map((m) => m.section))].sort((a, b) => a - b);
  return JSON.stringify({
    course: { id: String(course.id), numsections: sections.length, sectionlist: sections.map((n) => String(course.id * 100 + n)), editmode: false, baseurl: ctx.url(`/course/view.php?id=${course.id}`) },
    section: sections.map((n) => ({
      id: String(course.id * 100 + n),
      section: n,
      number: n,
      title: n === 0 ? 'General' : `Topic ${n}`,
      cmlist: course.modules.filter((m) => m.section === n).map((m) => String(m.cmid)),
      visible: true,
      sectionurl: ctx.url(`/course/section.php?id=${course.id * 100 + n}`),
    })),
    cm: course.modules.map((m) => ({ id: String(m.cmid), name: m.name, sectionid: String(course.id * 100 + m.section), module: m.type, url: ctx.url(`/mod/${m.type}/view.php?id=${m.cmid}`), visible: true, uservisible: true })),
  });
}

/** Every student is enrolled in every course, all in progress; offset/limit page them (limit 0 = all). */
function enrolledCourses(args: AjaxArgs, ctx: PageContext): unknown {
  const classification = typeof args['classification'] === 'string' ? args['classification'] : 'all';
  const offset = nonNegativeInt(args['offset']);
  const limit = nonNegativeInt(args['limit']);
  const matching = ['all', 'inprogress', 'allincludinghidden'].includes(classification) ? ctx.site.courses : [];
  const page = matching.slice(offset, limit === 0 ? undefined : offset + limit);
  const courses = page.map((c) => ({
    id: c.id,
    fullname: c.fullname,
    shortname: c.shortname,
    idnumber: '',
    summary: '',
    summaryformat: 1,
    startdate: 0,
    enddate: 0,
    visible: true,
    showactivitydates: false,
    showcompletionconditions: true,
    pdfexportfont: '',
    fullnamedisplay: c.fullname,
    viewurl: ctx.url(`/course/view.php?id=${c.id}`),
    courseimage: '',
    progress: 0,
    hasprogress: false,
    isfavourite: false,
    hidden: false,
    showshortname: false,
    coursecategory: c.category,
  }));
  return { courses, nextoffset: offset + page.length };
}

function nonNegativeInt(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 0;
}
