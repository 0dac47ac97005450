import { stringFlag } from '../args.ts';
import { writeReport } from '../../io/write-report.ts';
import type { Command } from '../types.ts';

export const command: Command = {
  name: 'report',
  summary: 'write the capacity PDF for an analysed run',
  usage: 'RUN_DIR [--out FILE]',
  description: [
    'Reads RUN_DIR/analysis.json (run `moodle-capacity analyze RUN_DIR` first) and, when present, RUN_DIR/recommendation.json',
    '(`moodle-capacity recommend RUN_DIR`), and writes an A4 PDF: cover, executive summary, the run, load and latency,',
    'capacity curves, the replay, what to set, what to buy, transactions, assumptions and the alarm definitions.',
  ].join('\n'),
  positionals: { min: 1, max: 1 },
  options: {
    out: { type: 'string', valueName: 'FILE', description: 'where to write the PDF (default: RUN_DIR/capacity-report.pdf)' },
  },
  async run(ctx) {
    console.log(writeReport(ctx.positionals[0] ?? '', stringFlag(ctx, 'out') ?? null));
  },
};
