// Student accounts student001…studentNNN with a fresh random password each start, so a test can
// scan run outputs for leaked passwords, and the CSV the scenarios read.
import { randomString } from './random.ts';

export interface TestbedUser {
  /** Moodle user id; 1 and 2 are guest and admin in Moodle, so students start at 3. */
  readonly id: number;
  readonly username: string;
  readonly password: string;
  readonly fullname: string;
}

export function createUsers(count: number): TestbedUser[] {
  const width = Math.max(3, String(count).length);
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(width, '0');
    return { id: i + 3, username: `student${n}`, password: `Tb-${randomString(16)}`, fullname: `Student ${n}` };
  });
}

/**
 * `username,password` header then one user a line. Moodle's own maketestplan file has the same
 * two columns but no header; the scenarios' parser expects the header.
 */
export function usersCsv(users: readonly TestbedUser[]): string {
  return ['username,password', ...users.map((u) => `${u.username},${u.password}`)].join('\n') + '\n';
}

export class UserDirectory {
  private readonly byUsername: ReadonlyMap<string, TestbedUser>;
  private readonly byId: ReadonlyMap<number, TestbedUser>;

  constructor(readonly all: readonly TestbedUser[]) {
    this.byUsername = new Map(all.map((u) => [u.username, u]));
    this.byId = new Map(all.map((u) => [u.id, u]));
  }

  /** The user when the password matches, else undefined (unknown user and wrong password alike). */
  authenticate(username: string, password: string): TestbedUser | undefined {
    const user = this.byUsername.get(username.trim().toLowerCase());
    return user !== undefined && user.password === password ? user : undefined;
  }

  byUserId(id: number): TestbedUser | undefined {
    return this.byId.get(id);
  }
}
