// One k6 output file (one load generator) as a stream of byte chunks in, a RunAggregate and a count of
// its bad lines out. JSON lines go to the byte scanner, which finds each line's end itself; a line it
// does not take is found with Buffer.indexOf (memchr) and parsed with JSON.parse; CSV rows are split
// with indexOf. A line cut by a chunk boundary is copied once into a carry buffer. The format is sniffed from the first
// bytes: `{` is JSON lines, `metric_name,` a CSV header. Pure: the caller reads the file.
// Memory: the aggregate plus one carry buffer (≤ MAX_LINE_BYTES). Cost: O(bytes).
import { RunAggregate } from './aggregate.ts';
import type { Interner } from './interner.ts';
import { CSV_TIME_SECONDS, csvLayout, scanK6CsvRow, type CsvLayout } from './k6-csv.ts';
import { K6JsonScanner } from './k6-json-scanner.ts';
import { parseK6Line } from './k6-line.ts';
import { K6Record } from './k6-record.ts';
import type { BadRecord } from './types.ts';

/** Bad lines kept with their number and reason per file; the counts are always exact. */
export const BAD_EXAMPLES_KEPT = 100;
/** A longer line is counted bad and skipped: k6 never writes one. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

export type K6Format = 'json' | 'csv';

export class K6FileIngest {
  readonly aggregate: RunAggregate;
  readonly record = new K6Record();
  format: K6Format | null;
  lines = 0;
  badLines = 0;
  metricDeclarations = 0;
  readonly badExamples: BadRecord[] = [];
  readonly badByReason = new Map<string, number>();
  /** Bytes seen, for throughput figures. */
  bytes = 0;
  /** CSV rows whose timestamp had 1-second resolution (k6's default CSV timeFormat). */
  csvSecondRows = 0;
  private layout: CsvLayout | null = null;
  private readonly scanner: K6JsonScanner;
  /** A DataView over the bytes being read, made once per chunk for the scanner. */
  private view: DataView = new DataView(new ArrayBuffer(0));
  private carry = Buffer.alloc(64 * 1024);
  private carryLength = 0;
  private overlong = false;
  private sawAnything = false;

  constructor(readonly file: string, strings: Interner, format: K6Format | null = null, maxTimeBuckets?: number) {
    this.aggregate = new RunAggregate(strings, maxTimeBuckets);
    this.scanner = new K6JsonScanner(strings);
    this.format = format;
  }

  push(chunk: Buffer): void {
    this.bytes += chunk.length;
    let pos = 0;
    if (!this.sawAnything && chunk.length > 0) {
      this.sawAnything = true;
      this.format ??= sniffFormat(chunk);
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) pos = 3; // UTF-8 BOM
    }
    if (this.carryLength > 0 || this.overlong) {
      const nl = chunk.indexOf(10, pos);
      const upTo = nl === -1 ? chunk.length : nl;
      this.appendCarry(chunk, pos, upTo);
      if (nl === -1) return;
      this.flushCarry();
      pos = nl + 1;
    }
    this.view = new DataView(chunk.buffer, chunk.byteOffset, chunk.length);
    pos = this.readLines(chunk, pos);
    if (pos < chunk.length) this.appendCarry(chunk, pos, chunk.length);
  }

  /** The end of the file: a last line without a newline is read too. True when it could not be (cut short). */
  end(): { readonly truncated: boolean } {
    if (this.carryLength === 0 && !this.overlong) return { truncated: false };
    const badBefore = this.badLines;
    this.flushCarry();
    const cut = this.badLines > badBefore;
    if (cut) {
      // Say why: the line is the last one and it is incomplete.
      const last = this.badExamples[this.badExamples.length - 1];
      if (last !== undefined && last.line === this.lines) this.badExamples[this.badExamples.length - 1] = { ...last, reason: `${last.reason} (the file ends mid-line)` };
    }
    return { truncated: cut };
  }

  private appendCarry(chunk: Buffer, from: number, to: number): void {
    if (this.overlong) return;
    const n = to - from;
    if (this.carryLength + n > MAX_LINE_BYTES) {
      this.overlong = true;
      return;
    }
    // One byte to spare: line() puts a newline after the carried line for the scanner.
    if (this.carryLength + n + 1 > this.carry.length) {
      const grown = Buffer.alloc(Math.min(MAX_LINE_BYTES + 1, Math.max(this.carry.length * 2, this.carryLength + n + 1)));
      this.carry.copy(grown, 0, 0, this.carryLength);
      this.carry = grown;
    }
    chunk.copy(this.carry, this.carryLength, from, to);
    this.carryLength += n;
  }

  private flushCarry(): void {
    if (this.overlong) {
      this.lines++;
      this.bad(`line longer than ${MAX_LINE_BYTES} bytes`);
    } else {
      this.line(this.carry, 0, this.carryLength);
    }
    this.carryLength = 0;
    this.overlong = false;
  }

  /** Reads every complete line from pos on; returns where the incomplete rest starts. Kept apart from
   * push so the optimised loop never meets the once-a-chunk code (which would deoptimise it each time). */
  private readLines(chunk: Buffer, pos: number): number {
    if (this.format === 'csv') {
      for (let nl = chunk.indexOf(10, pos); nl !== -1; nl = chunk.indexOf(10, pos)) {
        this.lines++;
        this.csvLine(chunk, pos, nl);
        pos = nl + 1;
      }
      return pos;
    }
    const n = chunk.length;
    const dv = this.view;
    const scanner = this.scanner;
    const rec = this.record;
    const agg = this.aggregate;
    while (pos < n) {
      const fast = scanner.scanLine(chunk, dv, pos, n, rec);
      if (fast >= 0) {
        this.lines++;
        agg.add(rec);
        pos = fast + 1;
        continue;
      }
      const nl = chunk.indexOf(10, pos);
      if (nl === -1) break;
      this.lines++;
      this.jsonSlowLine(chunk, pos, nl);
      pos = nl + 1;
    }
    return pos;
  }

  /** One line (the carry: a line cut by a chunk boundary, or the file's last). */
  private line(b: Buffer, start: number, end: number): void {
    this.lines++;
    if (this.format === 'csv') {
      this.csvLine(b, start, end);
      return;
    }
    // The scanner wants the newline after the line: the carry buffer has room for it.
    b[end] = 0x0a;
    if (this.scanner.scanLine(b, new DataView(b.buffer, b.byteOffset, end + 1), start, end + 1, this.record) === end) {
      this.aggregate.add(this.record);
      return;
    }
    this.jsonSlowLine(b, start, end);
  }

  private jsonSlowLine(b: Buffer, start: number, end: number): void {
    const rec = this.record;
    const agg = this.aggregate;
    const parsed = parseK6Line(b.toString('utf8', start, end));
    switch (parsed.kind) {
      case 'sample': {
        const { sample } = parsed;
        const s = agg.strings;
        rec.metric = s.internString(sample.metric);
        rec.timeMs = sample.timeMs;
        rec.value = sample.value;
        rec.clearTags();
        const t = sample.tags;
        if (t['name'] !== undefined) rec.name = s.internString(t['name']);
        if (t['scenario'] !== undefined) rec.scenario = s.internString(t['scenario']);
        if (t['tenant'] !== undefined) rec.tenant = s.internString(t['tenant']);
        if (t['check'] !== undefined) rec.check = s.internString(t['check']);
        if (t['kind'] !== undefined) rec.failureKind = s.internString(t['kind']);
        const status = t['status'];
        if (status !== undefined) rec.status = /^\d{1,5}$/.test(status) ? Number(status) : -1;
        agg.add(rec);
        return;
      }
      case 'metric':
        this.metricDeclarations++;
        return;
      case 'blank':
        return;
      case 'bad':
        this.bad(parsed.reason);
        return;
    }
  }

  private csvLine(b: Buffer, start: number, end: number): void {
    if (this.layout === null) {
      const layout = csvLayout(b.toString('utf8', start, end));
      if (typeof layout === 'string') this.bad('CSV header missing');
      else this.layout = layout;
      return;
    }
    if (end === start || (end === start + 1 && b[start] === 0x0d)) return;
    const result = scanK6CsvRow(b, start, end, this.layout, this.record, this.aggregate.strings);
    if (!result.ok) {
      this.bad(result.reason);
      return;
    }
    if (result.timeResolution === CSV_TIME_SECONDS) this.csvSecondRows++;
    this.aggregate.add(this.record);
  }

  private bad(reason: string): void {
    this.badLines++;
    this.badByReason.set(reason, (this.badByReason.get(reason) ?? 0) + 1);
    if (this.badExamples.length < BAD_EXAMPLES_KEPT) this.badExamples.push({ file: this.file, line: this.lines, reason });
  }
}

function sniffFormat(chunk: Buffer): K6Format {
  let i = chunk[0] === 0xef ? 3 : 0;
  while (i < chunk.length && (chunk[i] === 0x20 || chunk[i] === 0x0a || chunk[i] === 0x0d || chunk[i] === 0x09)) i++;
  return chunk.toString('latin1', i, i + 12) === 'metric_name,' ? 'csv' : 'json';
}
