// A command is data plus one async function: the entry parses flags from `options` and prints help.

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly description: string;
  readonly short?: string;
  readonly default?: string | boolean;
  /** Shown in help as the value's name, e.g. URL, FILE. */
  readonly valueName?: string;
  readonly multiple?: boolean;
}

export type ParsedValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

export interface CommandContext {
  readonly values: ParsedValues;
  readonly positionals: readonly string[];
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  /** e.g. "RUN_DIR [--cloudwatch FILE]" */
  readonly usage: string;
  readonly description?: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly positionals?: { readonly min: number; readonly max: number };
  /** Resolves to the exit code (0 when nothing is returned). */
  run(ctx: CommandContext): Promise<number | void>;
}
