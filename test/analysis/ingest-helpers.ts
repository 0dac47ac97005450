// Test support: run text through the real ingest (in chunks of any size), through a reference built on
// JSON.parse alone, and reduce an aggregate to plain data the two can be compared by.
import { RunAggregate } from '../../analysis/aggregate.ts';
import type { GroupStats } from '../../analysis/group-stats.ts';
import { K6Ingest } from '../../analysis/ingest.ts';
import { Interner } from '../../analysis/interner.ts';
import type { K6Format } from '../../analysis/k6-file-ingest.ts';
import { parseK6Line } from '../../analysis/k6-line.ts';
import { K6Record } from '../../analysis/k6-record.ts';
import type { Slices } from '../../analysis/slices.ts';

export function ingestFiles(files: readonly { readonly name: string; readonly text: string | Buffer }[], chunkSize = 1 << 16, format: K6Format | null = null): K6Ingest {
  const ingest = new K6Ingest();
  for (const file of files) {
    const f = ingest.beginFile(file.name, format);
    const bytes = typeof file.text === 'string' ? Buffer.from(file.text, 'utf8') : file.text;
    for (let i = 0; i < bytes.length; i += chunkSize) f.push(Buffer.from(bytes.subarray(i, i + chunkSize)));
    ingest.endFile(f);
  }
  return ingest;
}

/** What a JSON.parse-only ingest makes of the lines: the reference the byte scanner must match. */
export function referenceIngest(lines: readonly string[]): { aggregate: RunAggregate; bad: number[] } {
  const aggregate = new RunAggregate(new Interner());
  const rec = new K6Record();
  const bad: number[] = [];
  const s = aggregate.strings;
  lines.forEach((line, i) => {
    const parsed = parseK6Line(line);
    if (parsed.kind === 'bad') bad.push(i + 1);
    if (parsed.kind !== 'sample') return;
    const t = parsed.sample.tags;
    rec.metric = s.internString(parsed.sample.metric);
    rec.timeMs = parsed.sample.timeMs;
    rec.value = parsed.sample.value;
    rec.clearTags();
    if (t['name'] !== undefined) rec.name = s.internString(t['name']);
    if (t['scenario'] !== undefined) rec.scenario = s.internString(t['scenario']);
    if (t['tenant'] !== undefined) rec.tenant = s.internString(t['tenant']);
    if (t['check'] !== undefined) rec.check = s.internString(t['check']);
    if (t['kind'] !== undefined) rec.failureKind = s.internString(t['kind']);
    if (t['status'] !== undefined) rec.status = /^\d{1,5}$/.test(t['status']) ? Number(t['status']) : -1;
    aggregate.add(rec);
  });
  return { aggregate, bad };
}

/** An aggregate as plain data (names, not ids), for toEqual. */
const stats = (g: GroupStats): unknown => ({
  requests: g.requests,
  failed: g.failed,
  status: [...g.byStatus],
  failedStatus: [...g.failedByStatus],
  n: g.latency.count,
  p50: g.latency.quantile(0.5),
  p95: g.latency.quantile(0.95),
  max: g.latency.max,
  iterations: g.iterations,
  dropped: g.droppedIterations,
  checks: [g.checksPassed, g.checksFailed],
  data: [g.dataSentBytes, g.dataReceivedBytes],
});

/** An aggregate as plain data (names, not ids), for toEqual. */
export function summarise(a: RunAggregate): unknown {
  const byName = (slices: Slices): Record<string, unknown> => Object.fromEntries(slices.entries().map(([id, g]) => [id < 0 ? '(absent)' : a.strings.text(id), stats(g)]));
  return {
    samples: a.samples,
    first: a.firstSampleMs,
    last: a.lastSampleMs,
    total: stats(a.total),
    transactions: byName(a.transactions),
    scenarios: byName(a.scenarios),
    tenants: byName(a.tenants),
    checks: Object.fromEntries(a.checks.flatMap((c, id) => (c === undefined ? [] : [[a.strings.text(id), [c.passes, c.fails]]]))),
    kinds: Object.fromEntries(a.failureKinds.flatMap((n, id) => (n === undefined ? [] : [[a.strings.text(id), n]]))),
    metrics: Object.fromEntries(a.metricSamples.flatMap((n, id) => (n === undefined ? [] : [[a.strings.text(id), n]]))),
    seconds: [...a.timeline.buckets.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([t, b]) => [t, b.requests, b.failed, b.latency.count, b.latency.quantile(0.95), b.vusSum, b.vusSeconds, b.vusPeak, b.iterations, b.droppedIterations]),
  };
}
