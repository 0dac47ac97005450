// lib/ajax/service.php: batching, Moodle's stop-at-first-error rule, nologin methods, the methods
// the dashboard calls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mcfg, MoodleClient } from '../moodle-client.ts';
import { startTestTestbed, type StartedTestbed } from '../start.ts';

let tb: StartedTestbed;
let client: MoodleClient;
let sesskey: string;

beforeAll(async () => {
  tb = await startTestTestbed();
  const u = tb.users[0];
  if (u === undefined) throw new Error('no users');
  client = new MoodleClient(tb.testbed.url);
  await client.logIn(u.username, u.password);
  sesskey = mcfg((await client.get('/my/')).body).sesskey;
});
afterAll(() => tb.close());

type Reply = { error: boolean; data?: unknown; exception?: { errorcode: string; message: string; link: string; moreinfourl: string } };

async function call(calls: { methodname: string; args: Record<string, unknown> }[], key = sesskey, who = client): Promise<Reply[]> {
  const info = calls.map((c) => c.methodname).join(',');
  const reply = await who.postJson(`/lib/ajax/service.php?sesskey=${key}&info=${info}`, calls.map((c, index) => ({ index, ...c })));
  expect(reply.status).toBe(200);
  return JSON.parse(reply.body) as Reply[];
}

describe('service.php', () => {
  it('answers the dashboard calls with the captured shapes', async () => {
    const replies = await call([
      { methodname: 'core_calendar_get_action_events_by_timesort', args: { limitnum: 6, timesortfrom: 0, timesortto: 1, limittononsuspendedevents: true } },
      { methodname: 'block_recentlyaccesseditems_get_recent_items', args: { limit: 9 } },
      { methodname: 'media_videojs_get_language', args: { lang: 'en' } },
    ]);
    expect(replies).toHaveLength(3);
    expect(replies[0]).toEqual({ error: false, data: { events: [], firstid: null, lastid: null } });
    expect(replies[1]).toEqual({ error: false, data: [] });
    expect(typeof replies[2]?.data).toBe('string');
    expect(JSON.parse(String(replies[2]?.data))).toHaveProperty('Play');
  });

  it('lists enrolled courses with view URLs and pages them with offset/limit', async () => {
    const args = { offset: 0, limit: 0, classification: 'all', sort: 'fullname', customfieldname: '', customfieldvalue: '', requiredfields: ['id', 'fullname', 'shortname'] };
    const [all] = await call([{ methodname: 'core_course_get_enrolled_courses_by_timeline_classification', args }]);
    const data = all?.data as { courses: { id: number; fullname: string; shortname: string; viewurl: string }[]; nextoffset: number };
    expect(data.courses.length).toBeGreaterThanOrEqual(2);
    for (const c of data.courses) {
      expect(c.fullname).not.toBe('');
      expect(c.shortname).not.toBe('');
      expect(c.viewurl).toBe(`${tb.testbed.url}/course/view.php?id=${c.id}`);
    }
    expect(data.nextoffset).toBe(data.courses.length);
    const [page] = await call([{ methodname: 'core_course_get_enrolled_courses_by_timeline_classification', args: { ...args, offset: 1, limit: 1 } }]);
    expect(page?.data).toMatchObject({ courses: [{ id: data.courses[1]?.id }], nextoffset: 2 });
    const [past] = await call([{ methodname: 'core_course_get_enrolled_courses_by_timeline_classification', args: { ...args, classification: 'past' } }]);
    expect(past?.data).toEqual({ courses: [], nextoffset: 0 });
  });

  it('stops at the first failing call, like Moodle', async () => {
    const replies = await call([
      { methodname: 'core_message_get_unsent_message', args: {} },
      { methodname: 'no_such_function', args: {} },
      { methodname: 'block_recentlyaccesseditems_get_recent_items', args: { limit: 9 } },
    ]);
    expect(replies).toHaveLength(2);
    expect(replies[1]).toMatchObject({ error: true, exception: { errorcode: 'invalidrecord' } });
  });

  it('serves nologin methods to an anonymous session without a sesskey but refuses the others', async () => {
    const anonymous = new MoodleClient(tb.testbed.url);
    const [video] = await call([{ methodname: 'media_videojs_get_language', args: { lang: 'en' } }], '', anonymous);
    expect(video?.error).toBe(false);
    const [refused] = await call([{ methodname: 'core_message_get_unsent_message', args: {} }], '', anonymous);
    expect(refused).toMatchObject({ error: true, exception: { errorcode: 'servicerequireslogin', link: `${tb.testbed.url}/` } });
  });

  it('does not take a body that is not a JSON array of calls for a call', async () => {
    const reply = await client.postJson(`/lib/ajax/service.php?sesskey=${sesskey}`, { methodname: 'core_message_get_unsent_message' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ errorcode: 'codingerror' });
  });
});
