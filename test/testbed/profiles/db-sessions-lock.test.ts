// db-sessions over HTTP: one user's parallel requests queue on the session lock and, past the lock
// timeout (shortened to 0.3 s), fail with Moodle's error; the failures are Target 5XX.
import { afterAll, describe, expect, it } from 'vitest';
import { fixedServiceTime } from '../../../testbed/index.ts';
import { mcfg, MoodleClient } from '../moodle-client.ts';
import { startTestTestbed, type StartedTestbed } from '../start.ts';

let tb: StartedTestbed | undefined;
afterAll(() => tb?.close());

describe('db-sessions', () => {
  it("produces lock-timeout errors under parallel requests of one user", async () => {
    tb = await startTestTestbed({ profile: 'db-sessions', overrides: { sessionLockTimeoutSeconds: 0.3 }, serviceTimeScale: 1, serviceTimeDistribution: fixedServiceTime() });
    const user = tb.users[0];
    const client = new MoodleClient(tb.testbed.url);
    await client.logIn(user?.username ?? '', user?.password ?? '');
    const dashboard = await client.get('/my/');
    expect(dashboard.status).toBe(200);
    const sesskey = mcfg(dashboard.body).sesskey;
    const before = tb.testbed.snapshot();

    const start = performance.now();
    const timed = async (reply: Promise<{ status: number; body: string }>): Promise<{ status: number; body: string; ms: number }> => ({ ...(await reply), ms: performance.now() - start });
    const [pages, ajax] = await Promise.all([
      Promise.all(Array.from({ length: 5 }, () => timed(client.get('/my/')))),
      timed(client.postJson(`/lib/ajax/service.php?sesskey=${sesskey}&info=core_message_get_unsent_message`, [{ index: 0, methodname: 'core_message_get_unsent_message', args: {} }])),
    ]);
    const ok = pages.filter((p) => p.status === 200);
    const locked = pages.filter((p) => p.status === 500);
    expect(ok.length + locked.length).toBe(5);
    // A dashboard holds the lock ~120 ms: two or three run, one after another, before 0.3 s is up.
    expect(ok.length).toBeGreaterThanOrEqual(2);
    expect(locked.length).toBeGreaterThanOrEqual(1);
    // One after another: the k-th to finish had waited for k holds of ~121 ms (session 6 + dashboard
    // 115). Counted from the start, not between neighbours: a late delivery of one reply (a GC pause
    // on the client side) would shrink the gap after it, but can never make a reply earlier.
    const done = ok.map((p) => p.ms).sort((a, b) => a - b);
    done.forEach((ms, i) => expect(ms).toBeGreaterThan((i + 1) * 100));
    for (const p of locked) {
      expect(p.body).toContain('Timed out while waiting for session lock');
      expect(p.ms).toBeGreaterThan(290);
    }
    // service.php is an AJAX script: the same error as JSON, HTTP 200, unless it got the lock in time.
    if (ajax.body.includes('sessionwaiterr')) {
      expect(ajax.status).toBe(200);
      expect(JSON.parse(ajax.body)).toMatchObject({ errorcode: 'sessionwaiterr' });
    }
    const after = tb.testbed.snapshot();
    const timedOut = (after.sessionLocks?.timedOut ?? 0) - (before.sessionLocks?.timedOut ?? 0);
    expect(timedOut).toBe(locked.length + (ajax.body.includes('sessionwaiterr') ? 1 : 0));
    expect(after.traffic.target5xx - before.traffic.target5xx).toBe(locked.length);
    // Another user is not held up.
    const other = tb.users[1];
    const second = new MoodleClient(tb.testbed.url);
    await second.logIn(other?.username ?? '', other?.password ?? '');
    expect((await second.get('/my/')).status).toBe(200);
  });
});
