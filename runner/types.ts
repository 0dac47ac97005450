// Types of the runner: load profiles (data files in profiles/) and the run record (run.json).

export interface Stage {
  readonly duration: string;
  readonly target: number;
}

/** How long iterations still running at an executor's end may finish (k6's gracefulStop); scaled with --duration. */
interface Graceful {
  readonly gracefulStop?: string;
}

/** The k6 executors a profile may use, with the fields we validate and scale. */
export type ExecutorSpec = Graceful &
  (
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
    | { readonly executor: 'ramping-vus'; readonly startVUs: number; readonly stages: readonly Stage[] }
  );

/** How students sit a quiz (quiz-exam, and the quiz journeys of term-start). */
export interface QuizPace {
  /** [min, max] seconds on one attempt page. */
  readonly pageSeconds: readonly [number, number];
  /** Seconds after the scenario's start when the exam closes (quiz-exam waits for it to submit); 0 = none. Scaled with --duration. */
  readonly deadlineSeconds: number;
  /** Students submit up to this many seconds before the deadline. Scaled with --duration. */
  readonly submitSpreadSeconds: number;
}

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
  readonly quiz: QuizPace;
  /** term-start's journeys and their weights (login-storm, course-browse, quiz-exam). */
  readonly mix: Readonly<Record<string, number>>;
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
  /** The site file that pinned courses and activities, if any. */
  readonly siteFile?: string | null;
  /** Multi-tenant runs: the sites, their weights (results carry the k6 tag `tenant`). */
  readonly tenants?: readonly { readonly name: string; readonly target: string; readonly weight: number }[];
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
