// Everything a page handler may read or change about the site; one per testbed.
import { randomString } from './random.ts';
import { moduleIndex, TESTBED_COURSES, type ModuleRef, type TestbedCourse } from './courses.ts';
import type { TestbedFault } from './faults.ts';
import { QuizAttempts } from './quiz-attempts.ts';
import { SessionStore } from './sessions.ts';
import type { UserDirectory } from './users.ts';

export interface Site {
  /** http://127.0.0.1:PORT, no trailing slash. */
  readonly wwwroot: string;
  /** Moodle's site short name; page titles end in ` | <shortName>`. */
  readonly shortName: string;
  readonly fullName: string;
  readonly users: UserDirectory;
  readonly sessions: SessionStore;
  readonly courses: readonly TestbedCourse[];
  /** Every activity by cmid. */
  readonly modules: ReadonlyMap<number, ModuleRef>;
  readonly attempts: QuizAttempts;
  /** M.mod_quiz.autosave.init's period (Moodle's default 60 s; tests shorten it). */
  readonly quizAutosaveSeconds: number;
  /** The token of the web-service user (webservice/rest/server.php). */
  readonly webServiceToken: string;
  readonly fault: TestbedFault | null;
}

export interface SiteSpec {
  readonly wwwroot: string;
  readonly users: UserDirectory;
  readonly shortName?: string;
  readonly fullName?: string;
  readonly sessions?: SessionStore;
  readonly courses?: readonly TestbedCourse[];
  readonly quizAutosaveSeconds?: number;
  readonly fault?: TestbedFault | null;
}

export function createSite(spec: SiteSpec): Site {
  const courses = spec.courses ?? TESTBED_COURSES;
  return {
    wwwroot: spec.wwwroot,
    shortName: spec.shortName ?? 'testbed',
    fullName: spec.fullName ?? 'Moodle testbed',
    users: spec.users,
    sessions: spec.sessions ?? new SessionStore(),
    courses,
    modules: moduleIndex(courses),
    attempts: new QuizAttempts(),
    quizAutosaveSeconds: spec.quizAutosaveSeconds ?? 60,
    webServiceToken: randomString(32, '0123456789abcdef'),
    fault: spec.fault ?? null,
  };
}
