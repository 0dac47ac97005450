// The web service functions lib/ajax/service.php knows. loginRequired mirrors Moodle's
// services.php: such calls need a logged-in session and its sesskey; the others need neither.
// Page families register more here (course state, quiz autosave…).
import type { PageContext } from '../app/context.ts';

export type AjaxArgs = Readonly<Record<string, unknown>>;

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
]);

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
