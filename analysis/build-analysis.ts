// Assembles analysis.json from what was ingested and fetched. Pure: no files, no network.
import { buildGrid } from './grid.ts';
import type { K6Ingest } from './ingest.ts';
import { latencySummary } from './latency-summary.ts';
import type { Analysis, CloudWatchSeries, RunFacts } from './types.ts';

export interface AnalysisInput {
  readonly run: RunFacts;
  readonly ingest: K6Ingest;
  readonly files: readonly string[];
  readonly truncated: boolean;
  readonly cloudwatch: { readonly source: string; readonly series: readonly CloudWatchSeries[] } | null;
  readonly periodSeconds: number;
  /** The window to lay the grid over (the run's, from run.json, or the samples' own). */
  readonly window: { readonly startMs: number; readonly endMs: number };
  readonly notes: readonly string[];
  readonly generatedAt: string;
}

export function buildAnalysis(input: AnalysisInput): Analysis {
  const agg = input.ingest.aggregate;
  const notes = [...input.notes];
  if (input.truncated) notes.push('The k6 output ends mid-record (the run was cut short); every complete line was analysed.');
  if (input.ingest.badLines > 0) notes.push(`${input.ingest.badLines} line(s) of k6 output could not be read; see ingest.badExamples.`);
  if (agg.droppedIterations > 0) {
    notes.push(`k6 dropped ${agg.droppedIterations} iteration(s): the load generator ran out of VUs, so the offered load was lower than planned.`);
  }
  const transactions = [...agg.transactions.entries()]
    .map(([name, b]) => ({ name, requests: b.requests, failed: b.failed, errorRate: b.requests > 0 ? b.failed / b.requests : 0, latency: latencySummary(b.latency) }))
    .sort((a, b) => b.requests - a.requests || a.name.localeCompare(b.name));
  return {
    schema: 'moodle-capacity/analysis@1',
    generatedAt: input.generatedAt,
    run: input.run,
    ingest: {
      files: input.files,
      lines: input.ingest.lines,
      samples: input.ingest.samples,
      badLines: input.ingest.badLines,
      badExamples: input.ingest.badExamples,
      truncated: input.truncated,
    },
    totals: {
      requests: agg.total.requests,
      failed: agg.total.failed,
      errorRate: agg.total.requests > 0 ? agg.total.failed / agg.total.requests : 0,
      latency: latencySummary(agg.total.latency),
      iterations: agg.iterations,
      droppedIterations: agg.droppedIterations,
      checksPassed: agg.checksPassed,
      checksFailed: agg.checksFailed,
      failuresByKind: Object.fromEntries(agg.failuresByKind),
      vusMax: agg.total.vusMax,
      dataReceivedBytes: agg.dataReceivedBytes,
      dataSentBytes: agg.dataSentBytes,
      firstSampleMs: agg.firstSampleMs,
      lastSampleMs: agg.lastSampleMs,
    },
    transactions,
    grid: { periodSeconds: input.periodSeconds, points: buildGrid(agg.seconds, input.cloudwatch?.series ?? [], input.periodSeconds, input.window) },
    cloudwatch: input.cloudwatch,
    notes,
  };
}
