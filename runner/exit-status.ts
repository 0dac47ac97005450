// How a k6 run ended, from its exit code, signal and last log lines (pure).
import type { RunStatus } from './types.ts';

// k6's documented exit codes (errext/exitcodes).
const THRESHOLDS_FAILED = 99;
const EXTERNAL_ABORT = 105;
const SCRIPT_ABORTED = 108;

export interface K6Exit {
  readonly code: number | null;
  readonly signal: string | null;
  /** We sent k6 an interrupt ourselves (the user pressed Ctrl-C). */
  readonly interrupted: boolean;
  readonly logTail: readonly string[];
}

export function runStatus(exit: K6Exit): { status: RunStatus; abortReason: string | null } {
  const abortLine = exit.logTail.find((l) => /abortOnFail|stopping test prematurely|test aborted|aborted/i.test(l)) ?? null;
  if (exit.signal !== null && !exit.interrupted) return { status: 'killed', abortReason: `k6 was killed by ${exit.signal}` };
  if (exit.interrupted || exit.code === EXTERNAL_ABORT) return { status: 'interrupted', abortReason: 'interrupted by the user (SIGINT)' };
  if (exit.code === 0) return { status: 'completed', abortReason: null };
  if (exit.code === THRESHOLDS_FAILED) {
    return abortLine !== null ? { status: 'aborted', abortReason: abortLine } : { status: 'thresholds-failed', abortReason: null };
  }
  if (exit.code === SCRIPT_ABORTED) return { status: 'aborted', abortReason: abortLine ?? 'the scenario called test.abort()' };
  return { status: 'failed', abortReason: `k6 exited with code ${exit.code ?? 'none'}${abortLine === null ? '' : `: ${abortLine}`}` };
}
