// Building the site file from web-service replies shaped as Moodle 5.0 sends them.
import { describe, expect, it } from 'vitest';
import { buildSiteFile, learnerCourses, parseCourses, parseModules, parseQuizzes } from '../../discover/site-from-api.ts';
import { parseSiteFile } from '../../scenarios/lib/site-file.ts';

const courses = parseCourses([
  { id: 1, shortname: 'site', fullname: 'Site', format: 'site' },
  { id: 4, shortname: 'quizcourse', fullname: 'Quiz course', format: 'topics' },
]);
const modules = parseModules([
  { id: 16, name: 'General', modules: [{ id: 5, modname: 'label', name: 'Welcome', visible: 1, uservisible: true }] },
  {
    id: 17,
    name: 'Topic 1',
    modules: [
      { id: 69, modname: 'page', name: 'Instructions', visible: 1, uservisible: true },
      { id: 70, modname: 'forum', name: 'Forum', visible: 0, uservisible: false },
      { id: 71, modname: 'quiz', name: 'Quiz', visible: 1, uservisible: true },
      { id: 72, modname: 'quiz', name: 'Empty quiz', visible: 1, uservisible: true },
    ],
  },
]);
const quizzes = parseQuizzes({ quizzes: [{ id: 2, coursemodule: 71, hasquestions: 1 }, { id: 3, coursemodule: 72, hasquestions: 0 }], warnings: [] });

describe('the site file from the web services', () => {
  it('keeps learner courses and the activities a student can open, drops empty quizzes and labels', () => {
    const site = buildSiteFile('http://x', new Date(0), learnerCourses(courses), new Map([[4, modules]]), quizzes);
    expect(parseSiteFile(site)).toEqual(site);
    expect(site.courses).toEqual([{ id: 4, weight: 1, shortname: 'quizcourse', activities: [{ type: 'page', cmid: 69, weight: 1, name: 'Instructions' }, { type: 'quiz', cmid: 71, weight: 1, name: 'Quiz' }] }]);
    expect(site.generatedAt).toBe('1970-01-01T00:00:00.000Z');
  });
  it('says which reply was not what Moodle sends', () => {
    expect(() => parseCourses({ exception: 'x' })).toThrow(/core_course_get_courses: expected a list of courses/);
    expect(() => parseModules({})).toThrow(/core_course_get_contents: expected a list of sections/);
    expect(() => parseQuizzes([])).toThrow(/mod_quiz_get_quizzes_by_courses: expected \{quizzes/);
  });
});
