// What the PDF is made from: the analysis, and the recommendation when `recommend` has been run.
import type { Analysis } from '../analysis/types.ts';
import type { Recommendation } from '../recommend/recommendation-types.ts';

export interface ReportInput {
  readonly analysis: Analysis;
  readonly recommendation: Recommendation | null;
}

/** The one line a section shows when the recommendation it needs is absent. */
export const NO_RECOMMENDATION = 'Not computed for this report: run `moodle-capacity recommend RUN_DIR` and then `moodle-capacity report RUN_DIR`.';
