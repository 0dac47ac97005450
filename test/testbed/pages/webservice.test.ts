// webservice/rest/server.php: the functions `discover` uses, the token check, Moodle's error shapes.
import { describe, expect, it } from 'vitest';
import { inProcessSite } from '../app-client.ts';

const tb = inProcessSite();
const anon = tb.client();
const call = (wsfunction: string, params: Record<string, string> = {}, token = tb.site.webServiceToken): unknown =>
  JSON.parse(anon.postForm('/webservice/rest/server.php', { wstoken: token, wsfunction, moodlewsrestformat: 'json', ...params }).body) as unknown;

describe('the REST web service', () => {
  it('lists the courses with the site course first, as core_course_get_courses does', () => {
    const courses = call('core_course_get_courses') as { id: number; format: string; shortname: string }[];
    expect(courses[0]).toMatchObject({ id: 1, format: 'site' });
    expect(courses.slice(1).map((c) => c.id)).toEqual(tb.site.courses.map((c) => c.id));
    expect((call('core_course_get_courses', { 'options[ids][0]': '4' }) as { id: number }[]).map((c) => c.id)).toEqual([4]);
  });

  it("gives a course's sections and modules (cmid as id, modname)", () => {
    const sections = call('core_course_get_contents', { courseid: '4' }) as { modules: { id: number; modname: string }[] }[];
    expect(sections.flatMap((s) => s.modules.map((m) => `${m.modname}:${m.id}`))).toEqual(['page:69', 'forum:70', 'quiz:71']);
  });

  it('gives the quizzes of courses with their course module ids', () => {
    const { quizzes } = call('mod_quiz_get_quizzes_by_courses', { 'courseids[0]': '3', 'courseids[1]': '4' }) as { quizzes: { coursemodule: number; course: number; timelimit: number }[] };
    expect(quizzes.map((q) => [q.course, q.coursemodule])).toEqual([[3, 34], [3, 35], [4, 71]]);
  });

  it("answers Moodle's JSON exceptions with HTTP 200", () => {
    expect(call('core_course_get_courses', {}, 'nope')).toEqual({ exception: 'moodle_exception', errorcode: 'invalidtoken', message: 'Invalid token - token not found' });
    expect(call('core_no_such_function')).toMatchObject({ errorcode: 'invalidrecord' });
    expect(call('core_course_get_contents', { courseid: 'x' })).toMatchObject({ exception: 'invalid_parameter_exception', errorcode: 'invalidparameter' });
    expect(call('core_course_get_contents', { courseid: '999' })).toMatchObject({ errorcode: 'invalidrecord' });
    const get = anon.get(`/webservice/rest/server.php?wstoken=${tb.site.webServiceToken}&wsfunction=core_webservice_get_site_info&moodlewsrestformat=json`);
    expect(JSON.parse(get.body)).toMatchObject({ release: '5.0 (Build: 20250414)' });
  });
});
