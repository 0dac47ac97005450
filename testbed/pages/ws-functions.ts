// The web-service functions webservice/rest/server.php answers, with the shapes of Moodle 5.0's
// external API (only the fields `moodle-capacity discover` and similar clients read, plus a few).
import type { Site } from '../app/site.ts';
import type { MoodleError } from './errors.ts';

export type WsParams = ReadonlyMap<string, string>;

export class WsError extends Error {
  constructor(
    readonly exception: string,
    readonly error: MoodleError,
  ) {
    super(error.message);
  }
}

const INVALID_PARAMETER = (detail: string): WsError =>
  new WsError('invalid_parameter_exception', { errorcode: 'invalidparameter', module: 'debug', message: `Invalid parameter value detected (${detail})` });

/** Indexed array parameters as PHP reads them: courseids[0]=2&courseids[1]=4. */
function indexed(params: WsParams, name: string): string[] {
  return [...params].filter(([k]) => k.startsWith(`${name}[`)).map(([, v]) => v);
}

function courseId(params: WsParams, site: Site): number {
  const raw = params.get('courseid');
  if (raw === undefined || !/^\d+$/.test(raw)) throw INVALID_PARAMETER('courseid');
  const id = Number(raw);
  if (!site.courses.some((c) => c.id === id)) {
    throw new WsError('dml_missing_record_exception', { errorcode: 'invalidrecord', module: 'error', message: "Can't find data record in database table course." });
  }
  return id;
}

export const WS_FUNCTIONS: ReadonlyMap<string, (params: WsParams, site: Site) => unknown> = new Map<string, (params: WsParams, site: Site) => unknown>([
  [
    'core_webservice_get_site_info',
    (_p, site) => ({ sitename: site.fullName, username: 'wsuser', userid: 2, siteurl: site.wwwroot, release: '5.0 (Build: 20250414)', version: '2025041400', functions: [...WS_FUNCTIONS.keys()].map((name) => ({ name, version: '2025041400' })) }),
  ],
  [
    'core_course_get_courses',
    (params, site) => {
      const ids = indexed(params, 'options[ids]').map(Number);
      const all = [
        { id: 1, shortname: site.shortName, fullname: site.fullName, displayname: site.fullName, categoryid: 0, format: 'site', visible: 1 },
        ...site.courses.map((c) => ({ id: c.id, shortname: c.shortname, fullname: c.fullname, displayname: c.fullname, categoryid: 1, format: 'topics', visible: 1 })),
      ];
      return ids.length === 0 ? all : all.filter((c) => ids.includes(c.id));
    },
  ],
  [
    'core_course_get_contents',
    (params, site) => {
      const course = site.courses.find((c) => c.id === courseId(params, site));
      const sections = [...new Set(course?.modules.map((m) => m.section) ?? [])].sort((a, b) => a - b);
      return sections.map((n) => ({
        id: (course?.id ?? 0) * 100 + n,
        name: n === 0 ? 'General' : `Topic ${n}`,
        visible: 1,
        summary: '',
        section: n,
        uservisible: true,
        modules: (course?.modules ?? [])
          .filter((m) => m.section === n)
          .map((m) => ({ id: m.cmid, url: `${site.wwwroot}/mod/${m.type}/view.php?id=${m.cmid}`, name: m.name, instance: m.type === 'quiz' ? m.quizId : m.cmid, visible: 1, uservisible: true, modname: m.type, modplural: `${m.type}s` })),
      }));
    },
  ],
  [
    'mod_quiz_get_quizzes_by_courses',
    (params, site) => {
      const ids = indexed(params, 'courseids').map(Number);
      const courses = site.courses.filter((c) => ids.length === 0 || ids.includes(c.id));
      const quizzes = courses.flatMap((c) =>
        c.modules.flatMap((m) => (m.type === 'quiz' ? [{ id: m.quizId, course: c.id, coursemodule: m.cmid, name: m.name, timelimit: m.preflight ? 3600 : 0, attempts: 0, hasquestions: 1, visible: true }] : [])),
      );
      return { quizzes, warnings: [] };
    },
  ],
]);
