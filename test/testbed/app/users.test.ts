import { describe, expect, it } from 'vitest';
import { createUsers, UserDirectory, usersCsv } from '../../../testbed/app/users.ts';

describe('createUsers', () => {
  it('names students student001… with fresh random passwords', () => {
    const users = createUsers(3);
    expect(users.map((u) => u.username)).toEqual(['student001', 'student002', 'student003']);
    for (const u of users) expect(u.password).toMatch(/^Tb-[A-Za-z0-9]{16}$/);
    expect(new Set(users.map((u) => u.password)).size).toBe(3);
    expect(createUsers(1)[0]?.password).not.toBe(createUsers(1)[0]?.password);
    expect(new Set(users.map((u) => u.id)).size).toBe(3);
  });

  it('widens the number when there are more than 999', () => {
    const users = createUsers(1200);
    expect(users[0]?.username).toBe('student0001');
    expect(users.at(-1)?.username).toBe('student1200');
  });
});

describe('usersCsv', () => {
  it('writes a username,password header and one line per user', () => {
    const users = createUsers(2);
    expect(usersCsv(users)).toBe(`username,password\nstudent001,${users[0]?.password}\nstudent002,${users[1]?.password}\n`);
  });
});

describe('UserDirectory', () => {
  it('authenticates the right password only, with Moodle’s case-insensitive username', () => {
    const users = createUsers(2);
    const dir = new UserDirectory(users);
    const [first] = users;
    expect(dir.authenticate('student001', first?.password ?? '')).toBe(first);
    expect(dir.authenticate(' Student001 ', first?.password ?? '')).toBe(first);
    expect(dir.authenticate('student001', users[1]?.password ?? '')).toBeUndefined();
    expect(dir.authenticate('student999', first?.password ?? '')).toBeUndefined();
    expect(dir.byUserId(first?.id ?? -1)).toBe(first);
  });
});
