// What the CLI hands every scenario through k6's environment (-e NAME=value).
export interface ScenarioConfig {
  /** Moodle's wwwroot without a trailing slash. */
  readonly target: string;
  /** Path of the users CSV (username,password). */
  readonly usersCsv: string;
}

export function scenarioConfig(): ScenarioConfig {
  const target = (__ENV.MC_TARGET ?? '').replace(/\/+$/, '');
  const usersCsv = __ENV.MC_USERS_CSV ?? '';
  if (target === '') throw new Error('MC_TARGET is not set; run scenarios through `moodle-capacity run`');
  if (usersCsv === '') throw new Error('MC_USERS_CSV is not set; pass --users FILE to `moodle-capacity run`');
  return { target, usersCsv };
}
