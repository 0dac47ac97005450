// A run's k6 output, one file per load generator (one file, or several from --execution-segment
// runners or k6-operator pods), merged exactly: counts add, histograms merge, VUs of generators add up
// second by second. All files share one Interner so their ids agree. Pure: the caller reads the files.
import { RunAggregate } from './aggregate.ts';
import { Interner } from './interner.ts';
import { BAD_EXAMPLES_KEPT, K6FileIngest, type K6Format } from './k6-file-ingest.ts';
import type { BadRecord, IngestedFile } from './types.ts';

export class K6Ingest {
  readonly strings: Interner;
  readonly aggregate: RunAggregate;
  readonly files: IngestedFile[] = [];
  readonly badExamples: BadRecord[] = [];
  readonly badByReason = new Map<string, number>();
  badLines = 0;
  lines = 0;

  constructor(private readonly maxTimeBuckets?: number, maxStrings?: number) {
    this.strings = new Interner(maxStrings);
    this.aggregate = new RunAggregate(this.strings, maxTimeBuckets);
  }

  beginFile(file: string, format: K6Format | null = null): K6FileIngest {
    return new K6FileIngest(file, this.strings, format, this.maxTimeBuckets);
  }

  /** Adds a finished file; `truncated` is true when its stream was cut short (gzip without its end). */
  endFile(f: K6FileIngest, streamCutShort = false): IngestedFile {
    const { truncated } = f.end();
    this.aggregate.mergeGenerator(f.aggregate);
    this.lines += f.lines;
    this.badLines += f.badLines;
    for (const [reason, n] of f.badByReason) this.badByReason.set(reason, (this.badByReason.get(reason) ?? 0) + n);
    for (const b of f.badExamples) if (this.badExamples.length < BAD_EXAMPLES_KEPT) this.badExamples.push(b);
    const report: IngestedFile = {
      file: f.file,
      format: f.format ?? 'json',
      bytes: f.bytes,
      lines: f.lines,
      samples: f.aggregate.samples,
      badLines: f.badLines,
      truncated: truncated || streamCutShort,
      csvSecondResolutionRows: f.csvSecondRows,
    };
    this.files.push(report);
    return report;
  }

  get samples(): number {
    return this.aggregate.samples;
  }
}
