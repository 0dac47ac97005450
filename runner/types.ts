// Types of the runner: load profiles (data files in profiles/) and the run record (run.json).

export interface Stage {
  readonly duration: string;
  readonly target: number;
}

/** The k6 executors a profile may use, with the fields we validate and scale. */
export type ExecutorSpec =
  | {
      readonly executor: 'ramping-arrival-rate';
      readonly startRate: number;
      readonly timeUnit: string;
      readonly preAllocatedVUs: number;
      readonly maxVUs: number;
      readonly stages: readonly Stage[];
    }
  | {
      readonly executor: 'constant-arrival-rate';
      readonly rate: number;
      readonly timeUnit: string;
      readonly duration: string;
      readonly preAllocatedVUs: number;
      readonly maxVUs: number;
    }
  | { readonly executor: 'per-vu-iterations'; readonly vus: number; readonly iterations: number; readonly maxDuration: string }
  | { readonly executor: 'ramping-vus'; readonly startVUs: number; readonly stages: readonly Stage[] };

export interface Slo {
  /** p95 latency of all requests must stay under this, ms. */
  readonly p95Ms: number;
  /** Share of failed requests above which the run aborts (k6 threshold with abortOnFail). */
  readonly maxErrorRate: number;
}

export interface Profile {
  readonly name: string;
  readonly description: string;
  readonly slo: Slo;
  /** [min, max] seconds between a learner's pages. */
  readonly thinkTime: readonly [number, number];
  /** Scenario name → how load arrives for it. */
  readonly scenarios: Readonly<Record<string, ExecutorSpec>>;
}

export type RunStatus = 'running' | 'completed' | 'thresholds-failed' | 'aborted' | 'interrupted' | 'killed' | 'failed';

/** run.json: everything needed to understand and analyse a run without its author. */
export interface RunRecord {
  readonly schema: 'moodle-capacity/run@1';
  readonly tool: { readonly name: 'moodle-capacity'; readonly version: string };
  readonly target: string;
  readonly scenario: string;
  readonly profile: string;
  readonly scale: { readonly rateScale: number; readonly durationSeconds: number | null };
  readonly options: unknown;
  readonly k6: { readonly version: string; readonly path: string };
  readonly usersFile: string | null;
  readonly environmentFile: string | null;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly status: RunStatus;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly abortReason: string | null;
  readonly files: {
    readonly k6Output: string;
    readonly summary: string;
    readonly log: string;
    readonly options: string;
  };
}
