import { booleanFlag, stringFlag } from '../args.ts';
import { analyzeRun, writeAnalysis } from '../../io/analyze-run.ts';
import type { Command } from '../types.ts';

export const command: Command = {
  name: 'analyze',
  summary: 'turn a run directory (k6 output + CloudWatch) into analysis.json',
  usage: 'RUN_DIR [--cloudwatch FILE] [--json]',
  description: [
    "Streams k6's output (plain or gzipped, never loaded whole) into per-second and per-transaction counts and",
    'latency histograms, pulls the same window from CloudWatch with GetMetricData, aligns both on one grid and',
    'writes RUN_DIR/analysis.json. Bad lines are counted and reported, never fatal.',
  ].join('\n'),
  positionals: { min: 1, max: 1 },
  options: {
    cloudwatch: { type: 'string', valueName: 'FILE', description: 'environment description (region, endpoint, metrics); default: the one recorded in run.json' },
    'no-cloudwatch': { type: 'boolean', description: 'do not query CloudWatch' },
    json: { type: 'boolean', description: 'print analysis.json to stdout instead of its path' },
  },
  async run(ctx) {
    const runDir = ctx.positionals[0] ?? '';
    const analysis = await analyzeRun({
      runDir,
      environmentFile: stringFlag(ctx, 'cloudwatch') ?? null,
      noCloudWatch: booleanFlag(ctx, 'no-cloudwatch'),
      log: (line) => console.error(line),
    });
    const path = writeAnalysis(runDir, analysis);
    if (booleanFlag(ctx, 'json')) console.log(JSON.stringify(analysis, null, 2));
    else console.log(path);
  },
};
