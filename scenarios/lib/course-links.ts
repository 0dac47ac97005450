// What a learner can click on a course or forum page (pure: unit-tested against captures). Activities
// are plain links /mod/<type>/view.php?id=<cmid> (FLOWS.md §3); forum discussions are
// /mod/forum/discuss.php?d=<id>. Links with more parameters (sort orders, replies) are not new pages.
import { decodeEntities } from './html-forms.ts';

export interface ActivityLink {
  readonly type: string;
  readonly cmid: number;
}

/** Activity links in page order, each once. */
export function activityLinks(html: string): ActivityLink[] {
  const seen = new Set<number>();
  const links: ActivityLink[] = [];
  for (const m of html.matchAll(/href="[^"]*\/mod\/([a-z][a-z0-9_]*)\/view\.php\?id=(\d+)"/g)) {
    const cmid = Number(m[2]);
    if (seen.has(cmid)) continue;
    seen.add(cmid);
    links.push({ type: m[1] ?? '', cmid });
  }
  return links;
}

/** Discussion ids linked from a forum page, each once. */
export function discussionIds(html: string): number[] {
  const ids = new Set<number>();
  for (const m of html.matchAll(/href="[^"]*\/mod\/forum\/discuss\.php\?d=(\d+)"/g)) ids.add(Number(m[1]));
  return [...ids];
}

/** The first pluginfile.php link of a page (a resource shown embedded instead of redirected). */
export function pluginFileLink(html: string): string | null {
  const m = /(?:href|src|data)="([^"]*\/pluginfile\.php\/[^"]+)"/.exec(html);
  return m?.[1] === undefined ? null : decodeEntities(m[1]);
}

/** Course ids from core_course_get_enrolled_courses_by_timeline_classification's data. */
export function enrolledCourseIds(data: unknown): number[] | null {
  if (typeof data !== 'object' || data === null) return null;
  const courses = (data as { courses?: unknown }).courses;
  if (!Array.isArray(courses)) return null;
  return courses.map((c: unknown) => (typeof c === 'object' && c !== null ? (c as { id?: unknown }).id : undefined)).filter((id): id is number => typeof id === 'number');
}
