// The one error type the CLI shows to users. Thrown anywhere, caught only in cli/main.ts.
// `code` is stable (for scripts and tests); `message` says what is wrong and what to do.

export type CLIErrorCode =
  | 'USAGE'
  | 'CONFIG'
  | 'NOT_FOUND'
  | 'TARGET_NOT_CONFIRMED'
  | 'K6_MISSING'
  | 'K6_FAILED'
  | 'MOTO_MISSING'
  | 'CLOUDWATCH'
  | 'BUNDLE'
  | 'TESTBED'
  | 'MOODLE_API';

export class CLIError extends Error {
  readonly code: CLIErrorCode;
  readonly exitCode: number;

  constructor(code: CLIErrorCode, message: string, exitCode = code === 'USAGE' ? 2 : 1) {
    super(message);
    this.name = 'CLIError';
    this.code = code;
    this.exitCode = exitCode;
  }
}
