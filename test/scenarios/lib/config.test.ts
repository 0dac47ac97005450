import { describe, expect, it } from 'vitest';
import { parseBounds } from '../../../scenarios/lib/bounds.ts';
import { DEFAULT_MIX, JOURNEYS, parseMix, readConfig } from '../../../scenarios/lib/config.ts';
import { MIX_JOURNEYS } from '../../../runner/profile.ts';

describe('scenario configuration from the environment', () => {
  it('defaults to browsing 3–45 s, quiz pages 30–90 s, no deadline, the default mix', () => {
    const c = readConfig({ MC_TARGET: 'http://127.0.0.1:1/', MC_USERS_CSV: '/u.csv' });
    expect(c).toMatchObject({ target: 'http://127.0.0.1:1', usersCsv: '/u.csv', siteFile: null, tenantsFile: null, thinkTime: [3, 45], quizPageTime: [30, 90], quizDeadlineSeconds: 0, mix: DEFAULT_MIX });
  });
  it('takes what the runner passes', () => {
    const c = readConfig({ MC_TENANTS: '/t.json', MC_THINK_TIME: '1,2', MC_QUIZ_PAGE_TIME: '0.5,1', MC_QUIZ_DEADLINE: '12.5', MC_MIX: '{"quiz-exam":1}' });
    expect(c).toMatchObject({ target: '', tenantsFile: '/t.json', thinkTime: [1, 2], quizPageTime: [0.5, 1], quizDeadlineSeconds: 12.5, mix: { 'quiz-exam': 1 } });
  });
  it('says what, expected, got', () => {
    expect(() => readConfig({})).toThrow(/MC_TARGET is not set/);
    expect(() => parseBounds('MC_THINK_TIME', '5,1', [0, 0])).toThrow('MC_THINK_TIME; expected "min,max" seconds with 0 <= min <= max, got "5,1"');
    expect(() => readConfig({ MC_TARGET: 'x', MC_QUIZ_DEADLINE: '-1' })).toThrow('MC_QUIZ_DEADLINE; expected seconds >= 0, got "-1"');
    expect(() => parseMix('{"dance":1}')).toThrow(/MC_MIX; expected a JSON object of login-storm, course-browse, quiz-exam/);
    expect(() => parseMix('{"quiz-exam":0}')).toThrow(/one > 0/);
  });
  it('knows the same journeys as the profile validation', () => {
    expect([...JOURNEYS]).toEqual([...MIX_JOURNEYS]);
  });
});
