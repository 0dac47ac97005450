import { booleanFlag, numberFlag, stringFlag } from '../args.ts';
import type { Facts } from '../../recommend/facts.ts';
import type { Recommendation } from '../../recommend/recommendation-types.ts';
import { recommendRun } from '../../recommend/recommend-run.ts';
import type { Command, CommandContext } from '../types.ts';

const positive = (n: number): boolean => n > 0;
const nonNegative = (n: number): boolean => n >= 0;

function flagFacts(ctx: CommandContext): Facts {
  const out: Record<string, number | string> = {};
  const nums: [string, keyof Facts, (n: number) => boolean, string][] = [
    ['per-instance-rps', 'perInstanceRps', positive, 'requests/s > 0'],
    ['slo-p95-ms', 'sloP95Ms', positive, 'milliseconds > 0'],
    ['boot-seconds', 'bootSeconds', nonNegative, 'seconds ≥ 0'],
    ['warmup-seconds', 'warmupSeconds', nonNegative, 'seconds ≥ 0'],
    ['azs', 'azCount', (n) => Number.isInteger(n) && n >= 1, 'a whole number ≥ 1'],
    ['baseline-rps', 'baselineRps', nonNegative, 'requests/s ≥ 0'],
    ['instances-under-test', 'instancesUnderTest', (n) => Number.isInteger(n) && n >= 1, 'a whole number ≥ 1'],
  ];
  for (const [flag, key, check, expected] of nums) {
    const v = numberFlag(ctx, flag, check, expected);
    if (v !== undefined) out[key] = v;
  }
  const type = stringFlag(ctx, 'instance-type');
  if (type !== undefined) out['instanceType'] = type;
  const region = stringFlag(ctx, 'region');
  if (region !== undefined) out['region'] = region;
  return out as Facts;
}

function money(v: number | null, currency: string): string {
  return v === null ? 'n/a' : `${currency === 'USD' ? '$' : `${currency} `}${Math.round(v).toLocaleString('en-US')}`;
}

function printSummary(r: Recommendation, path: string): void {
  const s = r.scaling;
  const rep = s.replays;
  const row = (name: string, x: typeof rep.recommended): string =>
    `  ${name.padEnd(13)} ${(x.summary.shareUnderSlo * 100).toFixed(1).padStart(5)} % of minutes under the SLO, ${x.summary.minutesOverSlo} over, ${x.summary.instanceHours.toFixed(1)} instance-hours  (${x.policyLabel})`;
  console.error(
    [
      `capacity: ${r.capacity.perInstanceRps.value.toFixed(1)} requests/s per instance (${r.capacity.perInstanceRps.source}); planning with ${s.planningRpsPerInstance.value.toFixed(1)}`,
      `set: ${r.summary.set}`,
      `buy: ${r.summary.buy}`,
      'replay of the peak:',
      row('recommended', rep.recommended),
      row('alternative', rep.alternative),
      row('today', rep.today),
      row('static peak', rep.staticPeak),
      ...(s.meetsSlo ? [] : ['no policy meets the SLO in 99 % of minutes; what must change:', ...s.mustChange.map((m) => `  - ${m}`)]),
      `annual cost ${money(r.summary.annualCost, r.summary.currency)}, savings ${money(r.summary.annualSavings, r.summary.currency)}`,
    ].join('\n'),
  );
  console.log(path);
}

export const command: Command = {
  name: 'recommend',
  summary: 'scaling policy, pre-scaling and reserved instances from an analysed run',
  usage: 'RUN_DIR [--peak FILE] [--calendar FILE] [--history FILE] [--prices FILE] [--facts FILE] [options]',
  description: [
    'Reads RUN_DIR/analysis.json, derives the capacity per instance, and recommends min/max capacity, a target tracking',
    'or step scaling policy and scheduled pre-scaling, each number with its reasoning. Every candidate is replayed minute',
    'by minute against the coming peak (--peak, or an assumed term start) with the measured capacity and boot time, next',
    "to today's policy (--current/--current-asg, else a typical template) and static peak provisioning. With a term",
    'calendar and/or hourly history it sizes reserved instances and Savings Plans by the break-even rule, using the',
    'shipped price snapshot (third-party, dated) or --prices. Writes RUN_DIR/recommendation.json and prints its path.',
  ].join('\n'),
  positionals: { min: 1, max: 1 },
  options: {
    facts: { type: 'string', valueName: 'FILE', description: 'facts JSON: bootSeconds, warmupSeconds, azCount, baselineRps, instanceType, region, perInstanceRps, …' },
    peak: { type: 'string', valueName: 'FILE', description: 'peak profile (moodle-capacity/peak@1; see examples/term-start-peak.json); default: the busiest day of the history, else an assumed term start' },
    calendar: { type: 'string', valueName: 'FILE', description: 'term calendar for the year (moodle-capacity/calendar@1; see examples/term-calendar.json)' },
    history: { type: 'string', valueName: 'FILE', description: 'hourly request history, CSV "timestamp,requests" or JSON [{t, requests}] (ALB RequestCount, Sum, 3600 s)' },
    'history-load-balancer': { type: 'string', valueName: 'LB', description: 'read hourly history from CloudWatch instead: RequestCount of this ALB (app/<name>/<id>), last 455 days' },
    prices: { type: 'string', valueName: 'FILE', description: 'price file (default: pricing/ec2-prices.snapshot.json, a dated third-party snapshot)' },
    current: { type: 'string', valueName: 'FILE', description: "today's policy: a file written by `alarms backup` or `alarms apply`" },
    'current-asg': { type: 'string', valueName: 'NAME', description: "read today's policy from AWS (DescribePolicies/DescribeAlarms) for this group" },
    endpoint: { type: 'string', valueName: 'URL', description: 'AWS endpoint for --current-asg and --history-load-balancer (moto in tests)' },
    region: { type: 'string', valueName: 'REGION', description: 'region for prices and --current-asg (default: us-east-1)' },
    'instance-type': { type: 'string', valueName: 'TYPE', description: 'the instance type that was tested, for prices (default: m6a.xlarge)' },
    'per-instance-rps': { type: 'string', valueName: 'N', description: 'override the measured requests/s one instance sustains' },
    'slo-p95-ms': { type: 'string', valueName: 'MS', description: 'override the p95 SLO' },
    'boot-seconds': { type: 'string', valueName: 'S', description: 'launch to InService (default 180, assumed)' },
    'warmup-seconds': { type: 'string', valueName: 'S', description: 'InService to warm (default 120, assumed)' },
    azs: { type: 'string', valueName: 'N', description: 'availability zones of the group (default 2)' },
    'baseline-rps': { type: 'string', valueName: 'N', description: 'ordinary site load, requests/s (default: the peak profile’s start, else one instance’s capacity)' },
    'instances-under-test': { type: 'string', valueName: 'N', description: 'instances behind the load balancer during the run (default: from the analysis, else 1)' },
    out: { type: 'string', valueName: 'FILE', description: 'where to write (default: RUN_DIR/recommendation.json)' },
    json: { type: 'boolean', description: 'print recommendation.json instead of the summary and path' },
  },
  async run(ctx) {
    const flag = (name: string): string | undefined => stringFlag(ctx, name);
    const { recommendation, path } = await recommendRun({
      runDir: ctx.positionals[0] ?? '',
      flags: flagFacts(ctx),
      factsFile: flag('facts'),
      peakFile: flag('peak'),
      calendarFile: flag('calendar'),
      historyFile: flag('history'),
      historyLoadBalancer: flag('history-load-balancer'),
      pricesFile: flag('prices'),
      currentFile: flag('current'),
      currentAsg: flag('current-asg'),
      endpoint: flag('endpoint'),
      out: flag('out'),
      log: (line) => console.error(line),
    });
    if (booleanFlag(ctx, 'json')) console.log(JSON.stringify(recommendation, null, 2));
    else printSummary(recommendation, path);
  },
};
