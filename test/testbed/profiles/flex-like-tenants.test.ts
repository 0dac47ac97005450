// flex-like over HTTP: 130 tenants on one code base. Tenant 1 is the root URL, tenant k lives under
// /t/k/ with its own sessions; tenants.json lists them in the scenarios' format.
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { mcfg, MoodleClient } from '../moodle-client.ts';
import { startTestTestbed, type StartedTestbed } from '../start.ts';

let tb: StartedTestbed | undefined;
afterAll(() => tb?.close());

describe('flex-like tenants', () => {
  it('serves every tenant at its own wwwroot, with separate sessions', async () => {
    tb = await startTestTestbed({ profile: 'flex-like' });
    const url = tb.testbed.url;
    const file = JSON.parse(await readFile(tb.testbed.tenantsPath ?? '', 'utf8')) as { tenants: { name: string; target: string; weight: number }[] };
    expect(file.tenants).toHaveLength(130);
    expect(file.tenants[0]).toEqual({ name: 'tenant001', target: url, weight: 1 });
    expect(file.tenants[41]).toEqual({ name: 'tenant042', target: `${url}/t/42`, weight: 1 });

    const user = tb.users[0];
    const t42 = new MoodleClient(`${url}/t/42`);
    const login = await t42.logIn(user?.username ?? '', user?.password ?? '');
    expect(login.status).toBe(303);
    expect(login.location).toMatch(new RegExp(`^${url}/t/42/login/index.php\\?testsession=`));
    const page = await t42.get('/my/');
    expect(page.status).toBe(200);
    expect(mcfg(page.body).wwwroot).toBe(`${url}/t/42`);
    // The same cookie means nothing to another tenant (its own database, its own sessions table).
    const elsewhere = new MoodleClient(`${url}/t/7`);
    elsewhere.setCookie('MoodleSession', t42.cookie('MoodleSession') ?? '');
    const other = await elsewhere.get('/my/');
    expect(other.status).toBe(303);
    expect(other.location).toBe(`${url}/t/7/login/index.php`);
    // Beyond the last tenant: tenant 1's "not found".
    expect((await new MoodleClient(url).get('/t/131/login/index.php')).status).toBe(404);
  });
});
