import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { numberFlag, stringFlag } from '../args.ts';
import { CLIError } from '../errors.ts';
import { discoverSite } from '../../discover/discover-site.ts';
import { restClient } from '../../discover/rest-client.ts';
import type { Command } from '../types.ts';

export const TOKEN_ENV = 'MOODLE_WS_TOKEN';

export const command: Command = {
  name: 'discover',
  summary: "write a site file (courses, activities, quizzes) from Moodle's web services",
  usage: '--target URL (--token-file FILE | env MOODLE_WS_TOKEN) [--out FILE] [--courses ID,…] [--max-courses N]',
  description: [
    "Asks the site's REST web service (webservice/rest/server.php) for its courses (core_course_get_courses),",
    'their activities (core_course_get_contents) and quizzes (mod_quiz_get_quizzes_by_courses), and writes a',
    'site file for `run --site`: course ids, activity cmids and quiz cmids, each with weight 1 to edit.',
    'Read-only: one call per course plus two. The token is read from a file or the environment, never a flag',
    '(command lines are visible to other users of the machine), and is not written anywhere.',
  ].join('\n'),
  options: {
    target: { type: 'string', valueName: 'URL', description: "Moodle's wwwroot, e.g. https://moodle.example.edu" },
    'token-file': { type: 'string', valueName: 'FILE', description: `file holding a web-service token (else $${TOKEN_ENV})` },
    out: { type: 'string', valueName: 'FILE', default: 'site.json', description: 'where to write the site file' },
    courses: { type: 'string', valueName: 'ID,…', description: 'only these course ids' },
    'max-courses': { type: 'string', valueName: 'N', default: '50', description: 'at most this many courses (the first by id)' },
  },
  async run(ctx) {
    const target = stringFlag(ctx, 'target');
    if (target === undefined || !/^https?:\/\/[^/\s]+/.test(target)) throw new CLIError('USAGE', `discover needs --target URL (Moodle's wwwroot); got ${JSON.stringify(target ?? '')}`);
    const tokenFile = stringFlag(ctx, 'token-file');
    if (tokenFile !== undefined && !existsSync(tokenFile)) throw new CLIError('NOT_FOUND', `--token-file ${tokenFile}: no such file`);
    const token = (tokenFile === undefined ? (process.env[TOKEN_ENV] ?? '') : readFileSync(tokenFile, 'utf8')).trim();
    if (!/^[A-Za-z0-9]{16,}$/.test(token)) throw new CLIError('USAGE', `discover needs a web-service token in --token-file FILE or $${TOKEN_ENV}; expected letters and digits, got ${token === '' ? 'nothing' : `${token.length} other characters`}`);
    const rawIds = stringFlag(ctx, 'courses');
    const courseIds = rawIds === undefined ? [] : rawIds.split(',').map((s) => s.trim());
    if (courseIds.some((id) => !/^\d+$/.test(id))) throw new CLIError('USAGE', `--courses; expected course ids such as 2,4, got ${JSON.stringify(rawIds)}`);
    const out = resolve(stringFlag(ctx, 'out') ?? 'site.json');
    const site = await discoverSite({
      target: target.replace(/\/+$/, ''),
      client: restClient(target, token),
      courseIds: courseIds.map(Number),
      maxCourses: numberFlag(ctx, 'max-courses', (n) => Number.isInteger(n) && n >= 1, 'a whole number >= 1') ?? 50,
      log: (line) => console.error(line),
    });
    writeFileSync(out, `${JSON.stringify(site, null, 2)}\n`);
    console.log(out);
  },
};
