// Course, activity and My courses pages of the testbed, read with the scenarios' readers, next to the
// same readers on the captured Moodle pages.
import { beforeEach, describe, expect, it } from 'vitest';
import { ajaxFailure, classifyPage } from '../../../scenarios/lib/classify.ts';
import { activityLinks, discussionIds, enrolledCourseIds } from '../../../scenarios/lib/course-links.ts';
import { extractSesskey } from '../../../scenarios/lib/extract.ts';
import { capture } from '../../reference.ts';
import { inProcessSite, WWW, type AppClient, type InProcessSite } from '../app-client.ts';
import { title } from '../moodle-client.ts';

let tb: InProcessSite;
let student: AppClient;
let sesskey: string;
beforeEach(() => {
  tb = inProcessSite();
  student = tb.client();
  sesskey = extractSesskey(student.logIn(tb.users[0] ?? { username: '', password: '' }).body) ?? '';
});

const ok = (path: string): string => {
  const res = student.get(path);
  expect(classifyPage(res.status, res.location ?? '', res.body, WWW), path).toBeNull();
  return res.body;
};

function ajax(methodname: string, args: Record<string, unknown>): { error: boolean; data?: unknown }[] {
  const res = student.postJson(`/lib/ajax/service.php?sesskey=${sesskey}&info=${methodname}`, [{ index: 0, methodname, args }]);
  expect(ajaxFailure(res.status, res.body, 1)).toBeNull();
  return JSON.parse(res.body) as { error: boolean; data?: unknown }[];
}

describe('courses and activities on the testbed', () => {
  it('the quiz course links the activities the captured one does, by the same markup', () => {
    const ours = activityLinks(ok('/course/view.php?id=4'));
    const theirs = activityLinks(capture('course/01-get-course-view-quizcourse.html'));
    expect(ours.map((l) => `${l.type}:${l.cmid}`).sort()).toEqual(theirs.map((l) => `${l.type}:${l.cmid}`).sort());
    expect(title(ok('/course/view.php?id=4'))).toBe('Course: Testbed quiz course | testbed');
  });

  it('every linked activity of every course opens as the scenarios expect', () => {
    for (const course of tb.site.courses) {
      for (const link of activityLinks(ok(`/course/view.php?id=${course.id}`))) {
        const res = student.get(`/mod/${link.type}/view.php?id=${link.cmid}`);
        if (link.type === 'resource') {
          expect(res.status).toBe(303);
          expect(res.location).toMatch(new RegExp(`^${WWW}/pluginfile\\.php/\\d+/mod_resource/content/0/resource\\d\\.txt$`));
          const file = student.get(res.location ?? '');
          expect([file.status, file.contentType]).toEqual([200, 'text/plain; charset=utf-8']);
        } else {
          expect(classifyPage(res.status, res.location ?? '', res.body, WWW), `${link.type} ${link.cmid}`).toBeNull();
        }
      }
    }
  });

  it('a forum lists its discussions as the captured forum does, and they open', () => {
    const ids = discussionIds(ok('/mod/forum/view.php?id=70'));
    expect(ids).toEqual(discussionIds(capture('course/04-get-forum-activity.html')));
    expect(title(ok(`/mod/forum/discuss.php?d=${ids[0]}`))).toBe('quizcourse: Welcome discussion | testbed');
  });

  it('My courses and its AJAX list the courses; the course page state comes as a JSON string', () => {
    expect(title(ok('/my/courses.php'))).toBe('My courses | testbed');
    const [reply] = ajax('core_course_get_enrolled_courses_by_timeline_classification', { offset: 0, limit: 0, classification: 'all', sort: 'fullname', customfieldname: '', customfieldvalue: '', requiredfields: ['id'] });
    expect(enrolledCourseIds(reply?.data)).toEqual(tb.site.courses.map((c) => c.id));
    const [state] = ajax('core_courseformat_get_state', { courseid: 4 });
    const parsed = JSON.parse(String(state?.data)) as { course: { id: string }; cm: { id: string }[] };
    expect(parsed.course.id).toBe('4');
    expect(parsed.cm.map((c) => c.id)).toEqual(['69', '70', '71']);
    const bad = student.postJson(`/lib/ajax/service.php?sesskey=${sesskey}&info=x`, [{ index: 0, methodname: 'core_courseformat_get_state', args: { courseid: 999 } }]);
    expect(ajaxFailure(bad.status, bad.body, 1)).toBe('ajax_error');
  });

  it('unknown activities and courses are error pages; anonymous clients go to the login page', () => {
    for (const path of ['/mod/page/view.php?id=71', '/mod/quiz/view.php?id=9999', '/course/view.php?id=999', '/mod/forum/discuss.php?d=999']) {
      const res = student.get(path);
      expect(res.status, path).toBe(404);
      expect(classifyPage(res.status, '', res.body, WWW), path).toBe('moodle_error');
    }
    const anon = tb.client();
    for (const path of ['/course/view.php?id=4', '/mod/page/view.php?id=69', '/mod/resource/view.php?id=61', '/my/courses.php', '/pluginfile.php/561/mod_resource/content/0/resource1.txt']) {
      const res = anon.get(path);
      expect([res.status, res.location], path).toEqual([303, `${WWW}/login/index.php`]);
    }
  });
});
