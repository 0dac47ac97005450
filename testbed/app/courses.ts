// The courses every student is enrolled in (enough for the timeline/My courses calls; course
// pages are added by their own page family).
export interface TestbedCourse {
  readonly id: number;
  readonly fullname: string;
  readonly shortname: string;
  readonly category: string;
}

export const TESTBED_COURSES: readonly TestbedCourse[] = [
  { id: 2, fullname: 'Testbed course S', shortname: 'testcourse_s', category: 'Category 1' },
  { id: 3, fullname: 'Testbed course M', shortname: 'testcourse_m', category: 'Category 1' },
  { id: 4, fullname: 'Testbed quiz course', shortname: 'quizcourse', category: 'Category 1' },
];
