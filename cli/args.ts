// Flag parsing and help text for one command, on node:util parseArgs.
import { parseArgs } from 'node:util';
import { CLIError } from './errors.ts';
import type { Command, CommandContext, OptionSpec } from './types.ts';

export function parseCommandArgs(command: Command, argv: readonly string[]): CommandContext {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = {
      type: spec.type,
      ...(spec.short === undefined ? {} : { short: spec.short }),
      ...(spec.multiple === true ? { multiple: true } : {}),
    };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CLIError('USAGE', `${(error as Error).message}\nSee: moodle-capacity ${command.name} --help`);
  }
  const values: Record<string, string | boolean | (string | boolean)[] | undefined> = { ...parsed.values };
  for (const [name, spec] of Object.entries(command.options)) {
    if (values[name] === undefined && spec.default !== undefined) values[name] = spec.default;
  }
  const range = command.positionals ?? { min: 0, max: 0 };
  if (parsed.positionals.length < range.min || parsed.positionals.length > range.max) {
    throw new CLIError('USAGE', `usage: moodle-capacity ${command.name} ${command.usage}\nSee: moodle-capacity ${command.name} --help`);
  }
  return { values, positionals: parsed.positionals };
}

export function commandHelp(command: Command): string {
  const lines = [`moodle-capacity ${command.name}: ${command.summary}`, '', `usage: moodle-capacity ${command.name} ${command.usage}`];
  if (command.description !== undefined) lines.push('', command.description);
  const rows: [string, string][] = Object.entries(command.options).map(([name, spec]) => {
    const def = spec.default === undefined || spec.default === false ? '' : ` (default: ${String(spec.default)})`;
    return [optionLabel(name, spec), `${spec.description}${def}`];
  });
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  lines.push('', 'options:', ...rows.map(([label, text]) => `  ${label.padEnd(width)}${text}`));
  return lines.join('\n');
}

function optionLabel(name: string, spec: OptionSpec): string {
  const short = spec.short === undefined ? '    ' : `-${spec.short}, `;
  const value = spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : '';
  return `${short}--${name}${value}`;
}

/** Reads a string flag, or undefined. */
export function stringFlag(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function booleanFlag(ctx: CommandContext, name: string): boolean {
  return ctx.values[name] === true;
}

/** A number flag; "what; expected X, got Y" when it is not one. */
export function numberFlag(ctx: CommandContext, name: string, check: (n: number) => boolean, expected: string): number | undefined {
  const raw = stringFlag(ctx, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || !check(n)) {
    throw new CLIError('USAGE', `--${name}; expected ${expected}, got ${JSON.stringify(raw)}`);
  }
  return n;
}
