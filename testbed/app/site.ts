// Everything a page handler may read or change about the site; one per testbed.
import type { TestbedCourse } from './courses.ts';
import type { SessionStore } from './sessions.ts';
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
}
