import { describe, expect, it } from 'vitest';
import { activityLinks, discussionIds, enrolledCourseIds, pluginFileLink } from '../../../scenarios/lib/course-links.ts';
import { capture } from '../../reference.ts';

interface Meta {
  extracted: { activity_links?: string[]; resource_links?: string[]; page_links_count?: number; activity_types?: string[]; discussion_links?: string[] };
}
const meta = (path: string): Meta => JSON.parse(capture(path)) as Meta;

describe('links a learner follows, on captured pages', () => {
  it('finds the quiz course activities the capture lists', () => {
    const links = activityLinks(capture('course/01-get-course-view-quizcourse.html'));
    const expected = (meta('course/01-get-course-view-quizcourse.json').extracted.activity_links ?? []).map((l) => {
      const m = /\/mod\/(\w+)\/view\.php\?id=(\d+)/.exec(l);
      return { type: m?.[1], cmid: Number(m?.[2]) };
    });
    expect([...links].sort((a, b) => a.cmid - b.cmid)).toEqual(expected.sort((a, b) => a.cmid - b.cmid));
  });

  it('finds every activity type, the 50 pages and the resources of the generated course', () => {
    const links = activityLinks(capture('course/06-get-course-view-generated-course.html'));
    const m = meta('course/06-get-course-view-generated-course.json').extracted;
    expect([...new Set(links.map((l) => l.type))].sort()).toEqual(m.activity_types);
    expect(links.filter((l) => l.type === 'page')).toHaveLength(m.page_links_count ?? -1);
    const resources = links.filter((l) => l.type === 'resource').map((l) => `/mod/resource/view.php?id=${l.cmid}`);
    for (const r of m.resource_links ?? []) expect(resources).toContain(r);
  });

  it('finds the discussion of the forum page, not its reply or sort links', () => {
    expect(discussionIds(capture('course/04-get-forum-activity.html'))).toEqual((meta('course/04-get-forum-activity.json').extracted.discussion_links ?? []).map((l) => Number(l.split('d=')[1])));
    expect(activityLinks(capture('course/04-get-forum-activity.html')).every((l) => l.cmid !== 70 || l.type === 'forum')).toBe(true);
  });

  it('has no activity links on an activity page, and finds no pluginfile link where none is', () => {
    expect(activityLinks(capture('course/03-get-page-activity.html'))).toEqual([]);
    expect(pluginFileLink('<a href="http://x/pluginfile.php/72/mod_resource/content/0/a%20b.txt?forcedownload=1&amp;x=1">f</a>')).toBe(
      'http://x/pluginfile.php/72/mod_resource/content/0/a%20b.txt?forcedownload=1&x=1',
    );
    expect(pluginFileLink('<a href="/mod/page/view.php?id=1">p</a>')).toBeNull();
  });

  it('reads the course ids of the captured enrolled-courses reply', () => {
    const reply = JSON.parse(capture('dashboard/10-ajax-core_course_get_enrolled_courses_by_timeline_classification.html')) as { data: unknown }[];
    const ids = enrolledCourseIds(reply[0]?.data);
    expect(ids?.length).toBeGreaterThan(0);
    expect(ids).toContain(4);
    expect(enrolledCourseIds({ nope: 1 })).toBeNull();
  });
});
