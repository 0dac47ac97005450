// Logs a problem the first time each kind occurs, so a flapping CloudWatch or a buggy page cannot
// flood stderr during a long load test.
export type Warn = (message: string) => void;

export const stderrWarn: Warn = (message) => {
  process.stderr.write(`${message}\n`);
};

export function warnOncePerKind(warn: Warn): (kind: string, message: string) => void {
  const seen = new Set<string>();
  return (kind, message) => {
    if (seen.has(kind)) return;
    seen.add(kind);
    warn(`${message} (further "${kind}" failures are not logged)`);
  };
}

/** A short stable kind for an error: its name plus a Node/SDK code when there is one. */
export function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code !== error.name ? `${error.name}:${code}` : error.name;
}
