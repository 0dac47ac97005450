import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSiteFile, confirmedHost, loadTenants } from '../../runner/run-inputs.ts';

const dir = mkdtempSync(join(tmpdir(), 'run-inputs-'));
writeFileSync(join(dir, 'u.csv'), 'username,password\nstudent001,Secret-1\n');
const tenants = (value: unknown): string => {
  const path = join(dir, `t${Math.random()}.json`);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

describe('run inputs', () => {
  it('resolves tenant files relative to the tenants file and checks them', () => {
    const loaded = loadTenants(tenants({ tenants: [{ name: 'a', target: 'http://127.0.0.1:1', users: 'u.csv' }] }), null, undefined);
    expect(loaded.tenants[0]?.users).toBe(join(dir, 'u.csv'));
    expect(loaded.secrets).toEqual(['Secret-1']);
    expect(() => loadTenants(tenants({ tenants: [{ name: 'a', target: 'http://127.0.0.1:1', users: 'nope.csv' }] }), null, undefined)).toThrow(/tenant a users .*nope\.csv: no such file/);
    expect(() => loadTenants(tenants({ tenants: [{ name: 'a', target: 'http://127.0.0.1:1' }] }), null, undefined)).toThrow(/tenant a has no "users" file and no --users/);
    expect(() => loadTenants(tenants({ tenants: [] }), null, undefined)).toThrow(/--tenants .*: tenants file: tenants; expected a non-empty list/);
  });
  it('lets load go to a non-loopback tenant only when --confirm-target lists its host', () => {
    const far = tenants({ tenants: [{ name: 'far', target: 'https://moodle.example.edu', users: 'u.csv' }, { name: 'near', target: 'http://localhost:9' }] });
    expect(() => loadTenants(far, join(dir, 'u.csv'), undefined)).toThrow(/tenant far: refusing to send load to moodle\.example\.edu/);
    expect(loadTenants(far, join(dir, 'u.csv'), 'other.edu, Moodle.Example.edu').tenants.map((t) => t.name)).toEqual(['far', 'near']);
    expect(confirmedHost('https://a.edu/moodle', 'b.edu,a.edu')).toBe('a.edu');
    expect(confirmedHost('https://a.edu', undefined)).toBeUndefined();
  });
  it('checks a site file before k6 starts', () => {
    const bad = join(dir, 'site.json');
    writeFileSync(bad, JSON.stringify({ schema: 'moodle-capacity/site@1', courses: [{ id: 'four' }] }));
    expect(() => checkSiteFile('--site', bad)).toThrow(/--site .*site\.json: site file: courses\[0\]\.id; expected a positive integer, got "four"/);
    writeFileSync(bad, JSON.stringify({ schema: 'moodle-capacity/site@1', courses: [{ id: 4, activities: [{ type: 'quiz', cmid: 71, password: 'Exam-2026' }] }] }));
    expect(checkSiteFile('--site', bad)).toEqual({ path: bad, secrets: ['Exam-2026'] });
  });
});
