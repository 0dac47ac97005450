// Assembles analysis.json from what was ingested and fetched. Pure: no files, no network.
import { capacityModel } from './capacity/capacity-model.ts';
import type { GroundTruthFacts } from './capacity/ground-truth.ts';
import { instanceCount } from './capacity/instance-count.ts';
import { detectClockOffset } from './clock-offset.ts';
import type { GroupStats } from './group-stats.ts';
import { buildGrid } from './grid.ts';
import type { K6Ingest } from './ingest.ts';
import { latencySummary } from './latency-summary.ts';
import { openModelFromOptions, p95SloFromOptions } from './run-options.ts';
import { sliceSummary, statusCounts } from './slice-summary.ts';
import type { Analysis, CloudWatchData, RunFacts, SliceSummary } from './types.ts';

/** SLO when neither --slo-p95 nor the run's thresholds give one. */
export const DEFAULT_P95_SLO_MS = 2000;

export interface AnalysisInput {
  readonly run: RunFacts;
  /** The k6 options of run.json (thresholds give the SLO, executors the load model); null without run.json. */
  readonly runOptions: unknown;
  readonly ingest: K6Ingest;
  readonly cloudwatch: Omit<CloudWatchData, 'clockOffset'> | null;
  readonly periodSeconds: number;
  /** The window to lay the grid over (the run's, from run.json, or the samples' own). */
  readonly window: { readonly startMs: number; readonly endMs: number };
  readonly notes: readonly string[];
  readonly generatedAt: string;
  readonly sloP95Ms: number | null;
  readonly environment: { readonly instances: number | null; readonly sessions: 'database' | 'cache' | 'file' | null };
  readonly groundTruth: GroundTruthFacts | null;
}

export function buildAnalysis(input: AnalysisInput): Analysis {
  const ingest = input.ingest;
  const agg = ingest.aggregate;
  const strings = agg.strings;
  const notes = [...input.notes];
  const truncated = ingest.files.some((f) => f.truncated);
  if (truncated) notes.push('The k6 output ends mid-record (the run was cut short); every complete line was analysed.');
  if (ingest.badLines > 0) notes.push(`${ingest.badLines} line(s) of k6 output could not be read; see ingest.badExamples.`);
  if (strings.overflowed > 0) notes.push(`Tags had more than ${strings.maxStrings} distinct values; ${strings.overflowed} sample tag(s) beyond that count as "(other)". Use the name tag for URLs with ids.`);
  const secondRows = ingest.files.reduce((s, f) => s + f.csvSecondResolutionRows, 0);
  if (secondRows > 0) {
    notes.push(`${secondRows} CSV row(s) have 1-second timestamps (k6's default CSV timeFormat): buckets are exact to the second, clock-offset detection to about a second. Use K6_CSV_TIME_FORMAT=unix_milli.`);
  }
  if (agg.total.droppedIterations > 0) {
    notes.push(`k6 dropped ${agg.total.droppedIterations} iteration(s): the load generator ran out of VUs, so the offered load was lower than planned.`);
  }
  const windowSeconds = agg.firstSampleMs !== null && agg.lastSampleMs !== null ? Math.max(1, (agg.lastSampleMs - agg.firstSampleMs) / 1000) : 0;
  const slices = (entries: [number, GroupStats][], absentName: string): SliceSummary[] =>
    entries
      .map(([id, g]) => sliceSummary(id === -1 ? absentName : strings.text(id), g, windowSeconds))
      .sort((a, b) => b.requests - a.requests || b.iterations - a.iterations || a.name.localeCompare(b.name));
  const transactions = slices(agg.transactions.entries(), '(unnamed)').filter((t) => t.requests > 0 || t.latency.count > 0);
  const scenarios = slices(agg.scenarios.entries(), '(no scenario)');
  const tenants = slices(agg.tenants.entries(), '(no tenant)');
  const failuresByKind: Record<string, number> = {};
  agg.failureKinds.forEach((n, id) => {
    if (n !== undefined) failuresByKind[strings.text(id)] = n;
  });
  if (agg.unknownFailureKind > 0) failuresByKind['unknown'] = agg.unknownFailureKind;
  const metrics: Record<string, number> = {};
  agg.metricSamples.forEach((n, id) => {
    if (n !== undefined) metrics[strings.text(id)] = n;
  });
  const checks = agg.checks.flatMap((c, id) => (c === undefined ? [] : [{ name: strings.text(id), passes: c.passes, fails: c.fails }])).sort((a, b) => b.fails - a.fails || a.name.localeCompare(b.name));

  const series = input.cloudwatch?.series ?? [];
  const points = buildGrid(agg.timeline, series, input.periodSeconds, input.window, instanceCount(series, input.environment.instances).at);
  const reference = series.find((s) => s.role === 'requests' && s.points.length >= 4) ?? null;
  const clockOffset = reference === null ? null : detectClockOffset(agg.timeline, reference);
  if (clockOffset?.significant === true) {
    notes.push(
      `k6's and CloudWatch's clocks look ${Math.abs(clockOffset.offsetSeconds)} s apart (CloudWatch ${clockOffset.offsetSeconds > 0 ? 'later' : 'earlier'}; request counts correlate r = ${clockOffset.correlationAtOffset.toFixed(3)} at that offset, ${clockOffset.correlationAtZero.toFixed(3)} at none). Check NTP on the load generator.`,
    );
  }
  const total = agg.total;
  const iterationDurationMeanMs = total.iterationDurationCount > 0 ? total.iterationDurationSumMs / total.iterationDurationCount : null;
  const sloFromRun = p95SloFromOptions(input.runOptions);
  const slo = input.sloP95Ms !== null ? { p95Ms: input.sloP95Ms, source: '--slo-p95' } : sloFromRun !== null ? { p95Ms: sloFromRun, source: "run.json's http_req_duration threshold" } : { p95Ms: DEFAULT_P95_SLO_MS, source: 'default (no threshold in run.json)' };
  const capacity =
    total.requests > 0
      ? capacityModel({
          points,
          periodSeconds: input.periodSeconds,
          series,
          slo,
          openModel: openModelFromOptions(input.runOptions),
          totals: { requests: total.requests, iterations: total.iterations, iterationDurationMeanMs, droppedIterations: total.droppedIterations },
          instancesHint: input.environment.instances,
          sessions: input.environment.sessions,
          groundTruth: input.groundTruth,
        })
      : null;
  if (capacity !== null && !capacity.valid) notes.push(`The capacity figures are not valid measurements of the site: ${capacity.invalidReasons.join('; ')}.`);
  return {
    schema: 'moodle-capacity/analysis@3',
    generatedAt: input.generatedAt,
    run: input.run,
    ingest: {
      files: ingest.files.map((f) => f.file),
      perFile: ingest.files,
      lines: ingest.lines,
      samples: ingest.samples,
      badLines: ingest.badLines,
      badByReason: Object.fromEntries(ingest.badByReason),
      badExamples: ingest.badExamples,
      truncated,
      metrics,
      timelineResolutionSeconds: agg.timeline.resolutionSeconds,
      overflowedNames: strings.overflowed,
    },
    totals: {
      requests: total.requests,
      failed: total.failed,
      errorRate: total.requests > 0 ? total.failed / total.requests : 0,
      latency: latencySummary(total.latency),
      requestsByStatus: statusCounts(total.byStatus),
      failedByStatus: statusCounts(total.failedByStatus),
      throughputRps: windowSeconds > 0 ? total.requests / windowSeconds : 0,
      iterations: total.iterations,
      iterationDurationMeanMs,
      droppedIterations: total.droppedIterations,
      checksPassed: total.checksPassed,
      checksFailed: total.checksFailed,
      failuresByKind,
      vusMax: Math.max(0, ...points.map((p) => p.vusMax ?? 0)),
      dataReceivedBytes: total.dataReceivedBytes,
      dataSentBytes: total.dataSentBytes,
      firstSampleMs: agg.firstSampleMs,
      lastSampleMs: agg.lastSampleMs,
    },
    transactions,
    scenarios,
    tenants,
    checks,
    grid: { periodSeconds: input.periodSeconds, points },
    cloudwatch: input.cloudwatch === null ? null : { ...input.cloudwatch, clockOffset },
    capacity,
    notes,
  };
}
