// One k6 sample as the ingest hot path sees it: a reusable, mutable record of numbers (interned ids for
// strings), filled by the JSON and CSV scanners and read by RunAggregate. No object per sample.

/** What a metric means to the aggregate; every other metric is counted by name and otherwise ignored. */
export const KIND_OTHER = 0;
export const KIND_HTTP_REQS = 1;
export const KIND_HTTP_REQ_DURATION = 2;
export const KIND_HTTP_REQ_FAILED = 3;
export const KIND_VUS = 4;
export const KIND_VUS_MAX = 5;
export const KIND_ITERATIONS = 6;
export const KIND_ITERATION_DURATION = 7;
export const KIND_DROPPED_ITERATIONS = 8;
export const KIND_CHECKS = 9;
export const KIND_DATA_SENT = 10;
export const KIND_DATA_RECEIVED = 11;
export const KIND_MOODLE_FAILURES = 12;

const KINDS: Readonly<Record<string, number>> = {
  http_reqs: KIND_HTTP_REQS,
  http_req_duration: KIND_HTTP_REQ_DURATION,
  http_req_failed: KIND_HTTP_REQ_FAILED,
  vus: KIND_VUS,
  vus_max: KIND_VUS_MAX,
  iterations: KIND_ITERATIONS,
  iteration_duration: KIND_ITERATION_DURATION,
  dropped_iterations: KIND_DROPPED_ITERATIONS,
  checks: KIND_CHECKS,
  data_sent: KIND_DATA_SENT,
  data_received: KIND_DATA_RECEIVED,
  moodle_failures: KIND_MOODLE_FAILURES,
};

export function metricKind(name: string): number {
  return KINDS[name] ?? KIND_OTHER;
}

/** The tags the analysis reads are name, scenario, tenant, status, check and kind; the rest are skipped. */
export class K6Record {
  /** Interned id of the metric name. */
  metric = -1;
  timeMs = 0;
  value = 0;
  /** Interned ids of tag values, -1 when the tag is absent. */
  name = -1;
  scenario = -1;
  tenant = -1;
  check = -1;
  /** The `kind` tag of moodle_failures. */
  failureKind = -1;
  /** HTTP status as a number (0 = no response), -1 when absent or not a number. */
  status = -1;

  clearTags(): void {
    this.name = -1;
    this.scenario = -1;
    this.tenant = -1;
    this.check = -1;
    this.failureKind = -1;
    this.status = -1;
  }
}
