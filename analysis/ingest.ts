// Lines of k6 output in, a RunAggregate and the list of bad lines out. Pure: the caller streams lines.
import { RunAggregate } from './aggregate.ts';
import { parseK6Line } from './k6-line.ts';
import type { BadRecord } from './types.ts';

/** How many bad lines are kept with their text of reason; the count itself is always exact. */
export const BAD_EXAMPLES_KEPT = 100;

export class K6Ingest {
  readonly aggregate = new RunAggregate();
  readonly badExamples: BadRecord[] = [];
  badLines = 0;
  samples = 0;
  lines = 0;

  line(file: string, text: string, lineNumber: number): void {
    this.lines += 1;
    const parsed = parseK6Line(text);
    if (parsed.kind === 'sample') {
      this.samples += 1;
      this.aggregate.add(parsed.sample);
    } else if (parsed.kind === 'bad') {
      this.badLines += 1;
      if (this.badExamples.length < BAD_EXAMPLES_KEPT) this.badExamples.push({ file, line: lineNumber, reason: parsed.reason });
    }
  }
}
