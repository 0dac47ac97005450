// `moodle-capacity discover`: walks a site through its web services (a handful of read-only calls per
// course) and returns the site file. The token needs core_course_get_courses, core_course_get_contents
// and mod_quiz_get_quizzes_by_courses (a manager's token, or a service with these functions).
import { CLIError } from '../cli/errors.ts';
import type { SiteFile } from '../scenarios/lib/site-file.ts';
import type { RestClient } from './rest-client.ts';
import { buildSiteFile, learnerCourses, parseCourses, parseModules, parseQuizzes, type ApiModule } from './site-from-api.ts';

export interface DiscoverRequest {
  readonly target: string;
  readonly client: RestClient;
  /** Only these course ids (all learner courses when empty). */
  readonly courseIds: readonly number[];
  /** At most this many courses (the first by id). */
  readonly maxCourses: number;
  readonly log: (line: string) => void;
}

export async function discoverSite(req: DiscoverRequest): Promise<SiteFile> {
  try {
    return await walk(req);
  } catch (error) {
    if (error instanceof CLIError) throw error;
    throw new CLIError('MOODLE_API', `discover: ${(error as Error).message}`);
  }
}

async function walk(req: DiscoverRequest): Promise<SiteFile> {
  const all = learnerCourses(parseCourses(await req.client.call('core_course_get_courses')));
  const wanted = req.courseIds.length === 0 ? all : all.filter((c) => req.courseIds.includes(c.id));
  const missing = req.courseIds.filter((id) => !all.some((c) => c.id === id));
  if (missing.length > 0) throw new CLIError('MOODLE_API', `--courses: the site has no course ${missing.join(', ')}; it has ${all.map((c) => c.id).join(', ')}`);
  const courses = [...wanted].sort((a, b) => a.id - b.id).slice(0, req.maxCourses);
  if (courses.length === 0) throw new CLIError('MOODLE_API', `${req.target} has no courses besides the front page`);
  if (wanted.length > courses.length) req.log(`discover: ${wanted.length} courses; keeping the first ${courses.length} (--max-courses)`);
  const modules = new Map<number, readonly ApiModule[]>();
  for (const course of courses) {
    modules.set(course.id, parseModules(await req.client.call('core_course_get_contents', { courseid: course.id })));
  }
  const params: Record<string, number> = {};
  courses.forEach((c, i) => (params[`courseids[${i}]`] = c.id));
  const quizzes = parseQuizzes(await req.client.call('mod_quiz_get_quizzes_by_courses', params));
  const site = buildSiteFile(req.target, new Date(), courses, modules, quizzes);
  const count = (type: string): number => site.courses.reduce((n, c) => n + c.activities.filter((a) => a.type === type).length, 0);
  req.log(`discover: ${site.courses.length} courses, ${count('page')} pages, ${count('resource')} files, ${count('forum')} forums, ${count('quiz')} quizzes`);
  return site;
}
