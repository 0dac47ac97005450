// Realistic k6 JSON output, generated: what `k6 run --out json` writes for the login-storm scenario
// (our system tags, nanosecond RFC 3339 times, a Metric declaration before a metric's first sample,
// nine http_req_* samples per request, checks and iteration samples per iteration, vus and vus_max once
// a second). Deterministic for a seed. Used by the ingest benchmark and by the tests (a run split over
// load generators, corrupt inputs). Each line says which load generator (runner) wrote it.

export interface SyntheticOptions {
  readonly seed: number;
  readonly startMs: number;
  /** Seconds of run; iterations start at `rate(second)` per second. */
  readonly seconds: number;
  readonly rate: (second: number) => number;
  /** Load generators (k6 instances with --execution-segment): iterations are dealt round-robin. */
  readonly runners?: number;
  readonly tenants?: readonly string[];
  /** Share of requests that fail with a 503 (and of those, a tenth with status 0: no response). */
  readonly failureRate?: number;
  /** Iterations k6 could not start (no free VU) per second, for a given second. */
  readonly dropped?: (second: number) => number;
}

export interface SyntheticLine {
  readonly runner: number;
  readonly line: string;
}

const TRANSACTIONS = [
  { name: 'login_page', method: 'GET', status: 200, median: 40, sent: 210, received: 9_800 },
  { name: 'login_post', method: 'POST', status: 303, median: 55, sent: 420, received: 1_100 },
  { name: 'login_testsession', method: 'GET', status: 303, median: 18, sent: 260, received: 900 },
  { name: 'dashboard', method: 'GET', status: 200, median: 115, sent: 280, received: 152_000 },
  { name: 'ajax_core_course_get_enrolled_courses_by_timeline_classification', method: 'POST', status: 200, median: 22, sent: 610, received: 2_400 },
  { name: 'ajax_core_calendar_get_action_events_by_timesort', method: 'POST', status: 200, median: 25, sent: 590, received: 3_100 },
] as const;

const TIMINGS = ['http_req_blocked', 'http_req_connecting', 'http_req_tls_handshaking', 'http_req_sending', 'http_req_waiting', 'http_req_receiving'] as const;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** RFC 3339 with nanoseconds, as k6 writes it (Go's time.RFC3339Nano drops trailing zeros). */
export function k6Time(ms: number, nanos: number): string {
  const iso = new Date(Math.floor(ms)).toISOString(); // 2026-11-26T17:40:01.123Z
  const frac = `${iso.slice(20, 23)}${String(nanos).padStart(6, '0')}`.replace(/0+$/, '');
  return `${iso.slice(0, 19)}${frac === '' ? '' : `.${frac}`}Z`;
}

function value(v: number): string {
  // k6 (Go) prints float64 with the shortest representation; six decimals is what durations look like.
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
}

/** Yields the lines of a synthetic run in time order (per runner). */
export function* syntheticK6Lines(o: SyntheticOptions): Generator<SyntheticLine> {
  const rand = mulberry32(o.seed);
  const runners = o.runners ?? 1;
  const declared = Array.from({ length: runners }, () => new Set<string>());
  const failureRate = o.failureRate ?? 0.002;
  const normal = (): number => Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());
  let iteration = 0;
  let nanos = 0;
  // k6 stamps every sample of one HTTP request (and of one iteration's end) with the same time.
  let lastMs = Number.NaN;
  let lastTime = '';
  const timeOf = (ms: number): string => {
    if (ms !== lastMs) {
      nanos = (nanos + 104_729) % 1_000_000;
      lastMs = ms;
      lastTime = k6Time(ms, nanos);
    }
    return lastTime;
  };

  function* emit(runner: number, metric: string, type: string, contains: string, ms: number, v: number, tags: string): Generator<SyntheticLine> {
    const seen = declared[runner] ?? new Set<string>();
    if (!seen.has(metric)) {
      seen.add(metric);
      yield { runner, line: `{"type":"Metric","data":{"name":"${metric}","type":"${type}","contains":"${contains}","thresholds":[],"submetrics":null},"metric":"${metric}"}` };
    }
    yield { runner, line: `{"metric":"${metric}","type":"Point","data":{"time":"${timeOf(ms)}","value":${value(v)},"tags":${tags}}}` };
  }

  for (let second = 0; second < o.seconds; second++) {
    const base = o.startMs + second * 1000;
    const starts = Math.max(0, Math.round(o.rate(second)));
    const active = Math.max(1, Math.round(starts * 1.5));
    for (let r = 0; r < runners; r++) {
      const share = Math.floor(active / runners) + (r < active % runners ? 1 : 0);
      yield* emit(r, 'vus', 'gauge', 'default', base + 3, share, '{}');
      yield* emit(r, 'vus_max', 'gauge', 'default', base + 3, 2 * share, '{}');
    }
    const dropped = o.dropped?.(second) ?? 0;
    for (let d = 0; d < dropped; d++) {
      yield* emit(d % runners, 'dropped_iterations', 'counter', 'default', base + 500 + d, 1, '{"scenario":"login-storm"}');
    }
    for (let i = 0; i < starts; i++) {
      const runner = iteration % runners;
      iteration++;
      const tenant = o.tenants === undefined ? null : (o.tenants[iteration % o.tenants.length] ?? null);
      const tenantTag = tenant === null ? '' : `,"tenant":"${tenant}"`;
      let t = base + (i * 1000) / Math.max(1, starts);
      const iterStart = t;
      let sent = 0;
      let received = 0;
      for (const txn of TRANSACTIONS) {
        const duration = txn.median * Math.exp(0.45 * normal());
        t += duration;
        const fail = rand() < failureRate;
        const status = fail ? (rand() < 0.1 ? 0 : 503) : txn.status;
        const tags = `{"expected_response":"${fail ? 'false' : 'true'}","group":"","method":"${txn.method}","name":"${txn.name}","proto":"HTTP/1.1","scenario":"login-storm","status":"${status}"${tenantTag}}`;
        yield* emit(runner, 'http_reqs', 'counter', 'default', t, 1, tags);
        yield* emit(runner, 'http_req_duration', 'trend', 'time', t, duration, tags);
        for (const timing of TIMINGS) {
          const v = timing === 'http_req_waiting' ? duration * 0.93 : timing === 'http_req_blocked' || timing === 'http_req_connecting' || timing === 'http_req_tls_handshaking' ? 0 : duration * 0.01 * rand();
          yield* emit(runner, timing, 'trend', 'time', t, v, tags);
        }
        yield* emit(runner, 'http_req_failed', 'rate', 'default', t, fail ? 1 : 0, tags);
        const checkTags = `{"check":"${txn.name} answered","group":"","scenario":"login-storm"${tenantTag}}`;
        yield* emit(runner, 'checks', 'rate', 'default', t + 0.05, fail ? 0 : 1, checkTags);
        if (fail) yield* emit(runner, 'moodle_failures', 'counter', 'default', t + 0.06, 1, `{"group":"","kind":"http_status","scenario":"login-storm"${tenantTag}}`);
        sent += txn.sent;
        received += txn.received;
        t += 1 + 4 * rand(); // think time between pages (scaled down)
      }
      const iterTags = `{"group":"","scenario":"login-storm"${tenantTag}}`;
      yield* emit(runner, 'data_sent', 'counter', 'data', t, sent, iterTags);
      yield* emit(runner, 'data_received', 'counter', 'data', t, received, iterTags);
      yield* emit(runner, 'iteration_duration', 'trend', 'time', t, t - iterStart, iterTags);
      yield* emit(runner, 'iterations', 'counter', 'default', t, 1, iterTags);
    }
  }
}
