// The CLI entry: finds the subcommand, loads it lazily, parses its flags, runs it. CLIError is caught
// here and only here; this is the only place that calls process.exit.
import { commandHelp, parseCommandArgs } from './args.ts';
import { CLIError } from './errors.ts';
import type { Command } from './types.ts';

const commands: Readonly<Record<string, { summary: string; load: () => Promise<Command> }>> = {
  run: { summary: 'run a k6 scenario against a target and write a run directory', load: async () => (await import('./commands/run.ts')).command },
  analyze: { summary: 'turn a run directory (k6 output + CloudWatch) into analysis.json', load: async () => (await import('./commands/analyze.ts')).command },
  compare: { summary: 'compare two analysed runs per transaction (p95, errors, throughput) for CI gating', load: async () => (await import('./commands/compare.ts')).command },
  report: { summary: 'write the capacity PDF for an analysed run', load: async () => (await import('./commands/report.ts')).command },
  recommend: { summary: 'scaling policy, pre-scaling and reserved instances from an analysed run', load: async () => (await import('./commands/recommend.ts')).command },
  alarms: { summary: 'export, apply (dry run first, backed up) or roll back the recommended scaling definitions', load: async () => (await import('./commands/alarms.ts')).command },
  testbed: { summary: 'start the local Moodle testbed (loopback only)', load: async () => (await import('./commands/testbed.ts')).command },
  demo: { summary: 'the whole pipeline on the testbed: run, analyze, report', load: async () => (await import('./commands/demo.ts')).command },
  discover: { summary: "write a site file (courses, activities, quizzes) from Moodle's web services", load: async () => (await import('./commands/discover.ts')).command },
  bundle: { summary: 'bundle the TypeScript scenarios into k6 scripts', load: async () => (await import('./commands/bundle.ts')).command },
  k6: { summary: 'find or build the pinned k6 and print its path and version', load: async () => (await import('./commands/k6.ts')).command },
};

function topHelp(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length)) + 2;
  return [
    'moodle-capacity: load testing and capacity planning for Moodle on AWS',
    '',
    'usage: moodle-capacity <command> [options]',
    '',
    'commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`),
    '',
    'Run `moodle-capacity <command> --help` for the options of one command.',
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(topHelp());
    return name === undefined ? 2 : 0;
  }
  const entry = commands[name];
  if (entry === undefined) {
    throw new CLIError('USAGE', `unknown command ${JSON.stringify(name)}; expected one of ${Object.keys(commands).join(', ')}`);
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(commandHelp(command));
    return 0;
  }
  return (await command.run(parseCommandArgs(command, rest))) ?? 0;
}

try {
  process.exit(await main(process.argv.slice(2)));
} catch (error) {
  if (error instanceof CLIError) {
    console.error(`moodle-capacity: ${error.message}`);
    process.exit(error.exitCode);
  }
  console.error(error);
  process.exit(70);
}
