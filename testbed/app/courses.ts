// The courses every student is enrolled in, with their activities. Modelled on the captured site: a
// quiz course (page 69, forum 70, quiz 71 as in FLOWS.md), a tool_generator-like course with many
// pages and file resources, and a course whose quiz has a pre-flight check.
import { QUESTIONS, type QuestionDef } from './questions.ts';

interface ModuleBase {
  readonly cmid: number;
  readonly name: string;
  readonly section: number;
}

export interface TestbedQuiz extends ModuleBase {
  readonly type: 'quiz';
  readonly quizId: number;
  /** Questions per page (slots are numbered 1… across pages). */
  readonly pages: readonly (readonly QuestionDef[])[];
  /** Shows the pre-flight form (as a time limit or password does) before a new attempt. */
  readonly preflight: boolean;
  /** The quiz password its pre-flight form asks for; null = none. */
  readonly password: string | null;
}

export type TestbedModule =
  | (ModuleBase & { readonly type: 'page'; readonly content: string })
  | (ModuleBase & { readonly type: 'resource'; readonly fileName: string; readonly contextId: number; readonly content: string })
  | (ModuleBase & { readonly type: 'forum'; readonly discussions: readonly { readonly id: number; readonly name: string; readonly message: string }[] })
  | TestbedQuiz;

export interface TestbedCourse {
  readonly id: number;
  readonly fullname: string;
  readonly shortname: string;
  readonly category: string;
  /** Large courses cost more to render (DOMAIN.md: 94 ms small, 166 ms with 50 pages). */
  readonly large: boolean;
  readonly modules: readonly TestbedModule[];
}

const pages = (first: number, count: number, section: number): TestbedModule[] =>
  Array.from({ length: count }, (_, i) => ({ type: 'page', cmid: first + i, name: `Page ${i + 1}`, section, content: `<p>Reading ${i + 1} of the course.</p>` }));

const resources = (first: number, count: number, section: number): TestbedModule[] =>
  Array.from({ length: count }, (_, i) => ({
    type: 'resource',
    cmid: first + i,
    name: `Resource ${i + 1}`,
    section,
    fileName: `resource${i + 1}.txt`,
    contextId: 500 + first + i,
    content: `Test resource resource${i + 1}.txt file`,
  }));

const Q = QUESTIONS;

export const TESTBED_COURSES: readonly TestbedCourse[] = [
  {
    id: 2,
    fullname: 'Testbed course S',
    shortname: 'testcourse_s',
    category: 'Category 1',
    large: true,
    modules: [
      ...resources(61, 3, 1),
      { type: 'forum', cmid: 64, name: 'Course forum', section: 1, discussions: [{ id: 1, name: 'Introductions', message: 'Say hello.' }, { id: 2, name: 'Reading list', message: 'Which book first?' }] },
      ...pages(11, 20, 2),
    ],
  },
  {
    id: 3,
    fullname: 'Testbed course M',
    shortname: 'testcourse_m',
    category: 'Category 1',
    large: false,
    modules: [
      ...pages(31, 2, 1),
      { type: 'forum', cmid: 33, name: 'Questions forum', section: 1, discussions: [{ id: 3, name: 'Exam dates', message: 'When is the exam?' }] },
      { type: 'quiz', cmid: 34, quizId: 3, name: 'Timed practice quiz', section: 2, preflight: true, password: null, pages: [[Q.water, Q.odd], [Q.answer]] },
      { type: 'quiz', cmid: 35, quizId: 4, name: 'Password quiz', section: 2, preflight: true, password: 'Testbed-quiz-1', pages: [[Q.earth]] },
    ],
  },
  {
    id: 4,
    fullname: 'Testbed quiz course',
    shortname: 'quizcourse',
    category: 'Category 1',
    large: false,
    modules: [
      { type: 'page', cmid: 69, name: 'Quiz instructions', section: 1, content: '<p>Answer every question; the essay is optional.</p>' },
      { type: 'forum', cmid: 70, name: 'Quiz discussion forum', section: 1, discussions: [{ id: 12, name: 'Welcome discussion', message: 'Welcome to the quiz course.' }] },
      { type: 'quiz', cmid: 71, quizId: 2, name: 'Load test quiz', section: 2, preflight: false, password: null, pages: [[Q.earth, Q.prime], [Q.amphibian, Q.water], [Q.odd], [Q.answer, Q.essay]] },
    ],
  },
];

export interface ModuleRef {
  readonly course: TestbedCourse;
  readonly module: TestbedModule;
}

/** Every module by cmid. */
export function moduleIndex(courses: readonly TestbedCourse[]): ReadonlyMap<number, ModuleRef> {
  const index = new Map<number, ModuleRef>();
  for (const course of courses) {
    for (const module of course.modules) {
      if (index.has(module.cmid)) throw new Error(`testbed: two modules with cmid ${module.cmid}`);
      index.set(module.cmid, { course, module });
    }
  }
  return index;
}
