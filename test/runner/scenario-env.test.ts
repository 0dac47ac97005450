import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../runner/profiles.ts';
import { scenarioEnv } from '../../runner/scenario-env.ts';
import { readConfig } from '../../scenarios/lib/config.ts';

const files = { target: 'http://127.0.0.1:8080', usersFile: '/u.csv', siteFile: null, tenantsFile: null };

describe('scenarioEnv', () => {
  it('hands the profile to the scenarios, and they read back what the profile says', () => {
    const profile = loadProfile('term-start');
    const env = scenarioEnv(profile, 'quiz-exam', { rateScale: 1, durationSeconds: null }, files);
    const config = readConfig(env);
    expect(config.thinkTime).toEqual(profile.thinkTime);
    expect(config.quizPageTime).toEqual(profile.quiz.pageSeconds);
    expect(config.quizDeadlineSeconds).toBe(profile.quiz.deadlineSeconds);
    expect(config.mix).toEqual(profile.mix);
    expect(config.target).toBe(files.target);
  });
  it("moves the exam deadline with --duration, as the scenario's timeline moves", () => {
    const profile = loadProfile('term-start'); // quiz-exam: a 1-minute start window, deadline 1200 s
    const env = scenarioEnv(profile, 'quiz-exam', { rateScale: 1, durationSeconds: 30 }, files);
    expect(env['MC_QUIZ_DEADLINE']).toBe('600');
    expect(env['MC_QUIZ_SUBMIT_SPREAD']).toBe('90');
  });
  it('passes the site and tenants files, empty when absent', () => {
    const env = scenarioEnv(loadProfile('ci'), 'smoke', { rateScale: 1, durationSeconds: null }, { target: '', usersFile: null, siteFile: '/s.json', tenantsFile: '/t.json' });
    expect(env).toMatchObject({ MC_TARGET: '', MC_USERS_CSV: '', MC_SITE_FILE: '/s.json', MC_TENANTS: '/t.json' });
  });
});
