// Finding the activity a /mod/<type>/… request names, as get_coursemodule_from_id does: an unknown
// id (or one of another type) is the "Invalid course module ID" error page.
import type { PageContext } from '../app/context.ts';
import type { TestbedCourse, TestbedModule } from '../app/courses.ts';
import type { AppResponse } from '../http/types.ts';
import { fatalErrorPage, INVALID_COURSE_MODULE } from './errors.ts';

export interface Found<T extends TestbedModule['type']> {
  readonly course: TestbedCourse;
  readonly module: Extract<TestbedModule, { type: T }>;
}

export function findModule<T extends TestbedModule['type']>(ctx: PageContext, type: T, cmid: string | null): Found<T> | AppResponse {
  const ref = ctx.site.modules.get(Number(cmid ?? ''));
  if (ref === undefined || ref.module.type !== type) return fatalErrorPage(ctx, INVALID_COURSE_MODULE);
  return { course: ref.course, module: ref.module as Extract<TestbedModule, { type: T }> };
}

export function isFound<T extends TestbedModule['type']>(value: Found<T> | AppResponse): value is Found<T> {
  return 'module' in value;
}

/** Body classes of an activity page (course, context and cm classes as Moodle writes them). */
export function incourseClasses(course: TestbedCourse, module: TestbedModule, path: string): string {
  return `format-topics ${path} pagelayout-incourse course-${course.id} context-${1000 + module.cmid} cmid-${module.cmid} cm-type-${module.type} category-1`;
}
