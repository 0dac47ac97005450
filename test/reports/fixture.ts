// A realistic analysis for the report tests: a 3-minute run on a 10-second grid (ramp up, hold, ramp
// down), two CloudWatch series (one with a missing period) and 42 transactions, enough that the
// transaction table needs two pages.
import type { Analysis, CloudWatchData, CloudWatchSeries, GridPoint, LatencySummary, StatusClassCounts, TransactionSummary } from '../../analysis/types.ts';

export const START_MS = Date.parse('2025-03-04T10:00:00.000Z');
export const PERIOD_S = 10;
const POINTS = 18; // 3 minutes

export const TRANSACTION_NAMES: readonly string[] = [
  'GET /login/index.php',
  'POST /login/index.php',
  'GET /my/',
  'GET /course/view.php',
  'GET /course/index.php',
  'GET /course/search.php',
  'GET /mod/forum/view.php',
  'GET /mod/forum/discuss.php',
  'POST /mod/forum/post.php',
  'GET /mod/quiz/view.php',
  'POST /mod/quiz/startattempt.php',
  'GET /mod/quiz/attempt.php',
  'POST /mod/quiz/processattempt.php',
  'GET /mod/quiz/summary.php',
  'GET /mod/quiz/review.php',
  'GET /mod/assign/view.php',
  'POST /mod/assign/view.php (submit)',
  'GET /mod/resource/view.php',
  'GET /pluginfile.php (lecture PDF)',
  'GET /mod/page/view.php',
  'GET /mod/url/view.php',
  'GET /mod/book/view.php',
  'GET /mod/lesson/view.php',
  'GET /mod/choice/view.php',
  'POST /mod/choice/view.php (vote)',
  'GET /mod/feedback/complete.php',
  'GET /mod/h5pactivity/view.php',
  'GET /grade/report/user/index.php',
  'GET /user/profile.php',
  'GET /message/index.php',
  'POST ajax core_message_get_conversations',
  'POST ajax core_course_get_enrolled_courses',
  'POST ajax core_calendar_get_action_events',
  'GET /calendar/view.php',
  'GET /theme/styles.php',
  'GET /theme/javascript.php',
  'GET /theme/image.php',
  'GET /lib/requirejs.php',
  'GET /badges/mybadges.php',
  'GET /login/logout.php',
  'GET /admin/tool/health (probe)',
  'GET /my/courses.php',
];

function vusAt(seconds: number): number {
  if (seconds < 60) return Math.round((seconds / 60) * 50);
  if (seconds < 150) return 50;
  return Math.max(0, Math.round(50 - ((seconds - 150) / 30) * 50));
}

function latency(count: number, base: number): LatencySummary {
  if (count === 0) {
    return { count: 0, minMs: null, maxMs: null, meanMs: null, p50Ms: null, p90Ms: null, p95Ms: null, p99Ms: null };
  }
  return {
    count,
    minMs: base * 0.3,
    maxMs: base * 6.2,
    meanMs: base * 1.1,
    p50Ms: base,
    p90Ms: base * 2.1,
    p95Ms: base * 2.6,
    p99Ms: base * 4.3,
  };
}

export function makeGrid(): GridPoint[] {
  return Array.from({ length: POINTS }, (_, i) => {
    const seconds = i * PERIOD_S;
    const vus = vusAt(seconds + PERIOD_S / 2);
    const requests = i === POINTS - 1 ? 0 : Math.round(vus * 1.6 * PERIOD_S);
    const failed = vus >= 50 ? Math.round(requests * 0.004) : 0;
    return {
      t: START_MS + seconds * 1000,
      requests,
      failed,
      rps: requests / PERIOD_S,
      errorRate: requests === 0 ? 0 : failed / requests,
      // Timeouts first, then the web tier's 5xx as the load peaks.
      failedByStatus: { none: Math.floor(failed / 3), '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': failed - Math.floor(failed / 3), unknown: 0 },
      p95Ms: requests === 0 ? null : 180 + vus * 7.5,
      meanLatencyMs: requests === 0 ? null : 90 + vus * 3,
      vusMax: vus,
      vusMean: vus,
      vusAllocated: 60,
      instances: null,
      concurrency: (requests / PERIOD_S) * 0.2,
      iterations: Math.round(requests / 6),
      iterationDurationMeanMs: 30_000,
      droppedIterations: 0,
      checksFailed: 0,
      dataReceivedBytes: requests * 40_000,
      dataSentBytes: requests * 400,
      cloudwatch: {
        alb_request_count: i === 7 ? null : requests * 1.02,
        web_cpu: 6 + vus * 1.3,
      },
    };
  });
}

export function makeSeries(grid: readonly GridPoint[]): CloudWatchSeries[] {
  const points = (id: string) =>
    grid.flatMap((p) => {
      const v = p.cloudwatch[id];
      return v === null || v === undefined ? [] : [{ t: p.t, v }];
    });
  return [
    {
      id: 'alb_request_count',
      label: 'ALB requests',
      namespace: 'AWS/ApplicationELB',
      metricName: 'RequestCount',
      dimensions: { LoadBalancer: 'app/moodle-prod-alb/50dc6c495c0c9188' },
      stat: 'Sum',
      unit: 'Count',
      role: 'requests',
      periodSeconds: PERIOD_S,
      points: points('alb_request_count'),
      missingPeriods: 1,
      missingTimes: [START_MS + 7 * PERIOD_S * 1000],
      status: 'Complete',
      messages: [],
    },
    {
      id: 'web_cpu',
      label: 'Web tier CPU',
      namespace: 'AWS/EC2',
      metricName: 'CPUUtilization',
      dimensions: { AutoScalingGroupName: 'moodle-prod-web' },
      stat: 'Average',
      unit: 'Percent',
      role: 'web_cpu',
      periodSeconds: PERIOD_S,
      points: points('web_cpu'),
      missingPeriods: 0,
      missingTimes: [],
      status: 'Complete',
      messages: [],
    },
  ];
}

export function makeTransactions(names: readonly string[] = TRANSACTION_NAMES): TransactionSummary[] {
  return names.map((name, i) => {
    // One transaction never ran (all n/a), a few fail now and then, latencies spread from ~20 ms to ~2 s.
    const requests = name.includes('mybadges') ? 0 : 40 + ((i * 97) % 900);
    const failed = i % 9 === 4 ? Math.max(1, Math.round(requests * 0.012)) : 0;
    const base = 12 + ((i * 53) % 40) * (i % 5 === 0 ? 20 : 4.5);
    return {
      name,
      requests,
      failed,
      errorRate: requests === 0 ? 0 : failed / requests,
      latency: latency(requests, base),
      throughputRps: requests / 180,
      requestsByStatus: statusClasses(requests - failed, failed),
      failedByStatus: statusClasses(0, failed),
      iterations: 0,
      droppedIterations: 0,
      iterationDurationMeanMs: null,
      checksPassed: 0,
      checksFailed: 0,
      dataSentBytes: 0,
      dataReceivedBytes: 0,
    };
  });
}

function statusClasses(ok: number, failed: number): StatusClassCounts {
  return { none: 0, '1xx': 0, '2xx': ok, '3xx': 0, '4xx': 0, '5xx': failed, unknown: 0 };
}

/** CloudWatch data as analyze writes it, for tests that vary the series. */
export function cloudwatchData(source: string, series: readonly CloudWatchSeries[]): CloudWatchData {
  return { source, mode: 'api', periodSeconds: PERIOD_S, periodReason: 'the environment description', series, calls: 1, retries: 0, clockOffset: null };
}

export function makeAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  const grid = makeGrid();
  const transactions = makeTransactions();
  const requests = transactions.reduce((s, t) => s + t.requests, 0);
  const failed = transactions.reduce((s, t) => s + t.failed, 0);
  const endMs = START_MS + POINTS * PERIOD_S * 1000;
  return {
    schema: 'moodle-capacity/analysis@3',
    generatedAt: '2025-03-04T10:05:12.000Z',
    run: {
      dir: 'runs/2025-03-04T10-00-00Z-login-storm',
      scenario: 'login-storm',
      profile: 'peak-exam-week',
      target: 'https://moodle.staging.example.ac.uk',
      k6Version: 'k6 v0.57.0 (go1.23.4, linux/amd64)',
      startedAt: new Date(START_MS).toISOString(),
      endedAt: new Date(endMs).toISOString(),
      status: 'finished',
      abortReason: null,
    },
    ingest: {
      files: ['k6-output.json.gz'],
      perFile: [{ file: 'k6-output.json.gz', format: 'json', bytes: 1_180_000_000, lines: 412_337, samples: 409_871, badLines: 2, truncated: false, csvSecondResolutionRows: 0 }],
      lines: 412_337,
      samples: 409_871,
      badLines: 2,
      badExamples: [
        { file: 'k6-output.json.gz', line: 10_233, reason: 'invalid JSON: unexpected end of input' },
        { file: 'k6-output.json.gz', line: 10_234, reason: 'Point without a numeric value' },
      ],
      truncated: false,
      badByReason: { 'not JSON': 1, 'Point without a numeric value': 1 },
      metrics: { http_reqs: requests, http_req_duration: requests },
      timelineResolutionSeconds: 1,
      overflowedNames: 0,
    },
    totals: {
      requests,
      failed,
      errorRate: failed / requests,
      latency: latency(requests, 142.6),
      requestsByStatus: statusClasses(requests - failed, failed),
      failedByStatus: statusClasses(0, failed),
      throughputRps: requests / 180,
      iterationDurationMeanMs: 30_000,
      iterations: 5_912,
      droppedIterations: 37,
      checksPassed: 23_410,
      checksFailed: 61,
      failuresByKind: { login_rejected: 9, http_status: 22, session_lost: 0, ajax_error: 30 },
      vusMax: 50,
      dataReceivedBytes: 1_734_882_113,
      dataSentBytes: 48_220_907,
      firstSampleMs: START_MS + 412,
      lastSampleMs: endMs - 2_150,
    },
    transactions,
    scenarios: [],
    tenants: [],
    checks: [],
    grid: { periodSeconds: PERIOD_S, points: grid },
    cloudwatch: cloudwatchData('CloudWatch eu-west-2', makeSeries(grid)),
    capacity: null,
    notes: [
      'CloudWatch period is 10 s; k6 samples were bucketed to match it.',
      'AWS/ApplicationELB RequestCount had 1 period without a datapoint; it is shown as a gap, not interpolated.',
      '2 lines of k6 output could not be parsed and were skipped.',
    ],
    ...overrides,
  };
}

/** Narrows an indexed access for tests (noUncheckedIndexedAccess), failing loudly if it is missing. */
export function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('fixture: expected a value');
  return value;
}
