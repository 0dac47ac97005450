// The environment the scenarios read (scenarios/lib/config.ts), from the profile, the scale flags and
// the run's files (pure). Timings of the exam deadline follow --duration like the executor they belong to.
import { timeFactor, type Scale } from './k6-options.ts';
import type { Profile } from './types.ts';

export interface RunFiles {
  readonly target: string;
  readonly usersFile: string | null;
  readonly siteFile: string | null;
  /** The normalised tenants file in the run directory (absolute paths inside). */
  readonly tenantsFile: string | null;
}

export function scenarioEnv(profile: Profile, scenario: string, scale: Scale, files: RunFiles): Record<string, string> {
  const spec = profile.scenarios[scenario];
  const time = spec === undefined ? 1 : timeFactor(spec, scale);
  const round = (n: number): string => String(Math.round(n * 1000) / 1000);
  return {
    MC_TARGET: files.target,
    MC_USERS_CSV: files.usersFile ?? '',
    MC_SITE_FILE: files.siteFile ?? '',
    MC_TENANTS: files.tenantsFile ?? '',
    MC_THINK_TIME: profile.thinkTime.join(','),
    MC_QUIZ_PAGE_TIME: profile.quiz.pageSeconds.join(','),
    MC_QUIZ_DEADLINE: round(profile.quiz.deadlineSeconds * time),
    MC_QUIZ_SUBMIT_SPREAD: round(profile.quiz.submitSpreadSeconds * time),
    MC_MIX: JSON.stringify(profile.mix),
  };
}
