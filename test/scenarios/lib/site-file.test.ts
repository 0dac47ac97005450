import { describe, expect, it } from 'vitest';
import { parseSiteFile, pinnedQuizzes } from '../../../scenarios/lib/site-file.ts';

const good = { schema: 'moodle-capacity/site@1', courses: [{ id: 4, weight: 2, activities: [{ type: 'page', cmid: 69 }, { type: 'quiz', cmid: 71, weight: 3 }] }, { id: 2, activities: [] }] };

describe('site file', () => {
  it('fills default weights and lists quizzes with course × quiz weight', () => {
    const site = parseSiteFile(good);
    expect(site.courses[1]?.weight).toBe(1);
    expect(site.courses[0]?.activities[0]?.weight).toBe(1);
    expect(pinnedQuizzes(site)).toEqual([{ courseId: 4, cmid: 71, weight: 6 }]);
  });
  it('says what, expected and got', () => {
    expect(() => parseSiteFile({ ...good, schema: 'x' })).toThrow('site file: schema; expected "moodle-capacity/site@1", got "x"');
    expect(() => parseSiteFile({ ...good, courses: [] })).toThrow(/courses; expected a non-empty list/);
    expect(() => parseSiteFile({ ...good, courses: [{ id: 0 }] })).toThrow('site file: courses[0].id; expected a positive integer, got 0');
    expect(() => parseSiteFile({ ...good, courses: [{ id: 1, activities: [{ type: 'Quiz!', cmid: 1 }] }] })).toThrow(/courses\[0\]\.activities\[0\]\.type; expected a Moodle module name/);
    expect(() => parseSiteFile({ ...good, courses: [{ id: 1, weight: -1 }] })).toThrow(/courses\[0\]\.weight; expected a number >= 0/);
  });
});
