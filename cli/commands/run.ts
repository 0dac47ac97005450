import { booleanFlag, numberFlag, stringFlag } from '../args.ts';
import { CLIError } from '../errors.ts';
import { executeRun } from '../../runner/execute-run.ts';
import { parseDuration } from '../../runner/duration.ts';
import type { Command } from '../types.ts';

export const command: Command = {
  name: 'run',
  summary: 'run a k6 scenario against a target and write a run directory',
  usage: '(--target URL | --tenants FILE) --scenario NAME --users FILE [--profile NAME] [--site FILE] [options]',
  description: [
    'Bundles the scenarios, runs the real k6 and writes results/<UTC timestamp>-<scenario>/ with run.json,',
    "k6's raw output (gzipped JSON lines), k6's end-of-test summary and a redacted k6 log.",
    'Targets other than loopback (127.0.0.0/8, localhost, ::1) are refused unless --confirm-target names the host.',
    'Ctrl-C stops k6 gracefully; the run directory keeps everything and run.json says how the run ended.',
    '',
    'Scenarios (load shapes, think and quiz times come from the profile):',
    '  smoke          one learner walks every transaction once (run it first)',
    '  login-storm    arrivals ramp to a peak: log in, dashboard, log out',
    '  course-browse  learners open courses, pages, files, forums, with think times',
    '  quiz-exam      students start one quiz together, answer page by page (autosave), submit near the deadline',
    '  term-start     the profile\'s weighted mix of the three journeys above',
    'Without --site, learners find courses and activities as a browser does (My courses, course pages);',
    '`moodle-capacity discover` writes a site file that pins them, with weights.',
  ].join('\n'),
  options: {
    target: { type: 'string', valueName: 'URL', description: "Moodle's wwwroot, e.g. http://127.0.0.1:8080" },
    scenario: { type: 'string', valueName: 'NAME', description: 'scenario from scenarios/ (smoke, login-storm, …)' },
    users: { type: 'string', valueName: 'FILE', description: 'users CSV: username,password (the file tool_generator maketestplan writes works as is)' },
    site: { type: 'string', valueName: 'FILE', description: 'site file pinning courses, activities and quizzes with weights (see discover)' },
    tenants: { type: 'string', valueName: 'FILE', description: 'many sites in one run: {"tenants":[{name,target,weight,users?,site?}]}; results tagged `tenant`' },
    profile: { type: 'string', valueName: 'NAME|FILE', default: 'demo', description: 'load profile: a name from profiles/ or a .json file' },
    'rate-scale': { type: 'string', valueName: 'X', description: "multiply the profile's arrival rates by X" },
    duration: { type: 'string', valueName: 'DURATION', description: "stretch or shrink the profile's timeline to this length, e.g. 5m" },
    'confirm-target': { type: 'string', valueName: 'HOST[,HOST…]', description: 'allow load on these non-loopback hosts (you must own them)' },
    environment: { type: 'string', valueName: 'FILE', description: 'environment description for analyze (CloudWatch metrics); recorded in run.json' },
    results: { type: 'string', valueName: 'DIR', default: 'results', description: 'where run directories are created' },
    quiet: { type: 'boolean', short: 'q', description: "do not echo k6's output" },
  },
  async run(ctx) {
    const target = stringFlag(ctx, 'target');
    const tenants = stringFlag(ctx, 'tenants');
    const scenario = stringFlag(ctx, 'scenario');
    const users = stringFlag(ctx, 'users');
    if ((target === undefined && tenants === undefined) || scenario === undefined || (users === undefined && tenants === undefined)) {
      throw new CLIError('USAGE', 'run needs --target URL, --scenario NAME and --users FILE (or --tenants FILE instead of --target); see moodle-capacity run --help');
    }
    const durationRaw = stringFlag(ctx, 'duration');
    const durationSeconds = durationRaw === undefined ? null : parseDuration(durationRaw);
    if (durationSeconds === null && durationRaw !== undefined) throw new CLIError('USAGE', `--duration; expected a duration such as 90s or 5m, got ${JSON.stringify(durationRaw)}`);
    const quiet = booleanFlag(ctx, 'quiet');
    const { dir, record } = await executeRun({
      target: target ?? null,
      tenantsFile: tenants ?? null,
      siteFile: stringFlag(ctx, 'site') ?? null,
      confirmTarget: stringFlag(ctx, 'confirm-target'),
      scenario,
      profile: stringFlag(ctx, 'profile') ?? 'demo',
      scale: { rateScale: numberFlag(ctx, 'rate-scale', (n) => n > 0, 'a number > 0') ?? 1, durationSeconds },
      usersFile: users ?? null,
      resultsDir: stringFlag(ctx, 'results') ?? 'results',
      environmentFile: stringFlag(ctx, 'environment') ?? null,
      log: (line) => {
        if (!quiet || line.startsWith('run directory') || line.startsWith('k6 ')) console.error(line);
      },
    });
    console.log(dir);
    if (record.status === 'completed') return 0;
    return record.status === 'thresholds-failed' ? 99 : 1;
  },
};
