import { describe, expect, it } from 'vitest';
import { parseTenants } from '../../../scenarios/lib/tenants.ts';

describe('tenants file', () => {
  it('reads tenants with default weight and trims the wwwroot', () => {
    expect(parseTenants({ tenants: [{ name: 'a', target: 'http://127.0.0.1:8080/t/2/' }, { name: 'b.c_d-1', target: 'https://x.edu', weight: 2.5, users: 'u.csv', site: null }] })).toEqual([
      { name: 'a', target: 'http://127.0.0.1:8080/t/2', weight: 1, users: null, site: null },
      { name: 'b.c_d-1', target: 'https://x.edu', weight: 2.5, users: 'u.csv', site: null },
    ]);
  });
  it('refuses what would make a bad tag or an unusable site', () => {
    expect(() => parseTenants([])).toThrow(/the file; expected an object/);
    expect(() => parseTenants({ tenants: [{ name: 'a b', target: 'http://x' }] })).toThrow(/tenants\[0\]\.name; expected a name of letters/);
    expect(() => parseTenants({ tenants: [{ name: 'a', target: 'http://x' }, { name: 'a', target: 'http://y' }] })).toThrow(/tenants\[1\]\.name; expected a name no other tenant has, got "a"/);
    expect(() => parseTenants({ tenants: [{ name: 'a', target: 'ftp://x' }] })).toThrow(/tenants\[0\]\.target; expected an http\(s\) URL/);
    expect(() => parseTenants({ tenants: [{ name: 'a', target: 'http://x', weight: 0 }] })).toThrow(/weight; expected a number > 0/);
  });
});
