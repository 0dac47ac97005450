import { booleanFlag, numberFlag, stringFlag } from '../args.ts';
import { analyzeRun, queriesForRun, writeAnalysis } from '../../io/analyze-run.ts';
import type { Command, CommandContext } from '../types.ts';

function strings(ctx: CommandContext, name: string): string[] {
  const v = ctx.values[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
}

export const command: Command = {
  name: 'analyze',
  summary: 'turn a run directory (k6 output + CloudWatch) into analysis.json',
  usage: 'RUN_DIR [--input FILE]… [--cloudwatch ENV.json | --cloudwatch-json FILE…] [--slo-p95 MS] [--json]',
  description: [
    "Streams k6's output (JSON lines or CSV, plain or gzipped, one file per load generator, never loaded whole)",
    'into time buckets, per-transaction / scenario / tenant counts and mergeable latency histograms; pulls the',
    'run window from CloudWatch with GetMetricData (or reads what `aws cloudwatch get-metric-data` printed),',
    'aligns both on one grid, fits the capacity model and writes RUN_DIR/analysis.json (docs/analysis-schema.md).',
    'Bad lines are counted and reported, never fatal.',
  ].join('\n'),
  positionals: { min: 1, max: 1 },
  options: {
    input: { type: 'string', valueName: 'FILE', multiple: true, description: 'a k6 output file (repeat for several load generators); default: RUN_DIR/k6-output*' },
    cloudwatch: { type: 'string', valueName: 'ENV.json', description: 'environment description (region, resources or metrics); default: the one recorded in run.json' },
    'cloudwatch-json': { type: 'string', valueName: 'FILE', multiple: true, description: 'offline CloudWatch data: what `aws cloudwatch get-metric-data` printed (repeatable)' },
    'print-queries': { type: 'boolean', description: 'print the --cli-input-json for `aws cloudwatch get-metric-data` covering the run, and stop' },
    'no-cloudwatch': { type: 'boolean', description: 'do not query CloudWatch' },
    'slo-p95': { type: 'string', valueName: 'MS', description: "p95 SLO for the knee, ms; default: the run's http_req_duration threshold" },
    'ground-truth': { type: 'string', valueName: 'FILE', description: "the testbed's ground-truth.json to compare with; default: the one next to the environment description" },
    json: { type: 'boolean', description: 'print analysis.json to stdout instead of its path' },
  },
  async run(ctx) {
    const runDir = ctx.positionals[0] ?? '';
    if (booleanFlag(ctx, 'print-queries')) {
      console.log(JSON.stringify(queriesForRun(runDir, stringFlag(ctx, 'cloudwatch') ?? null, Date.now()), null, 2));
      return;
    }
    const analysis = await analyzeRun({
      runDir,
      inputs: strings(ctx, 'input'),
      environmentFile: stringFlag(ctx, 'cloudwatch') ?? null,
      noCloudWatch: booleanFlag(ctx, 'no-cloudwatch'),
      cloudWatchFiles: strings(ctx, 'cloudwatch-json'),
      sloP95Ms: numberFlag(ctx, 'slo-p95', (n) => n > 0, 'a latency in ms greater than 0') ?? null,
      groundTruthFile: stringFlag(ctx, 'ground-truth') ?? null,
      log: (line) => console.error(line),
    });
    const path = writeAnalysis(runDir, analysis);
    if (booleanFlag(ctx, 'json')) console.log(JSON.stringify(analysis, null, 2));
    else console.log(path);
  },
};
