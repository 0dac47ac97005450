// The recommend step's edge, shared by `moodle-capacity recommend` and the demo: reads analysis.json,
// facts, peak, calendar, history (file or CloudWatch), prices and today's policy (backup file or AWS),
// builds the recommendation (pure) and writes recommendation.json.
import { readBackup } from '../aws/alarms/backup.ts';
import { alarmClients } from '../aws/alarms/clients.ts';
import { describeGroupSize } from '../aws/alarms/describe-group.ts';
import { describeState } from '../aws/alarms/describe-state.ts';
import { policyFromState } from '../aws/alarms/to-policy.ts';
import { CLIError } from '../cli/errors.ts';
import { readAnalysis } from '../io/analyze-run.ts';
import { instancePrice, loadPrices } from '../pricing/load-prices.ts';
import type { InstancePrice } from '../pricing/types.ts';
import { buildRecommendation } from './build-recommendation.ts';
import { defaultPeakProfile } from './default-profile.ts';
import { fetchRequestHistory } from './demand/fetch-history.ts';
import { loadCalendar } from './demand/load-calendar.ts';
import { loadHistory } from './demand/load-history.ts';
import { peakFromHistory } from './demand/peak-from-history.ts';
import type { HourlyPoint } from './demand/types.ts';
import { loadFacts, type Facts } from './facts.ts';
import { capacityFromAnalysis } from './from-analysis.ts';
import { loadPeak } from './peak-file.ts';
import { recommendationPath, writeRecommendation } from './recommendation-file.ts';
import type { Recommendation } from './recommendation-types.ts';
import type { GroupPolicy } from './types.ts';

export interface RecommendRunOptions {
  readonly runDir: string;
  readonly factsFile?: string;
  /** Facts from flags; they win over the facts file. */
  readonly flags?: Facts;
  readonly peakFile?: string;
  readonly calendarFile?: string;
  readonly historyFile?: string;
  /** Read hourly history from CloudWatch: RequestCount of this ALB (app/<name>/<id>). */
  readonly historyLoadBalancer?: string;
  readonly pricesFile?: string;
  /** Today's policy from a backup file written by `alarms backup|apply`. */
  readonly currentFile?: string;
  /** Today's policy read from AWS for this Auto Scaling group. */
  readonly currentAsg?: string;
  /** AWS endpoint (moto) for the history and current-policy reads. */
  readonly endpoint?: string;
  readonly out?: string;
  readonly log?: (line: string) => void;
  readonly now?: Date;
}

async function history(o: RecommendRunOptions, region: string): Promise<{ path: string; points: HourlyPoint[] } | null> {
  if (o.historyFile !== undefined && o.historyLoadBalancer !== undefined) throw new CLIError('USAGE', '--history and --history-load-balancer; expected one of them, got both');
  if (o.historyFile !== undefined) return { path: o.historyFile, points: loadHistory(o.historyFile) };
  if (o.historyLoadBalancer === undefined) return null;
  const lb = o.historyLoadBalancer;
  try {
    const points = await fetchRequestHistory({ region, ...(o.endpoint === undefined ? {} : { endpoint: o.endpoint }) }, lb, o.now ?? new Date());
    o.log?.(`CloudWatch: ${points.length} hourly RequestCount datapoints for ${lb}`);
    return { path: `CloudWatch AWS/ApplicationELB RequestCount (${lb}, Sum, 3600 s)`, points };
  } catch (error) {
    throw new CLIError('CLOUDWATCH', `GetMetricData for the request history of ${lb} failed: ${(error as Error).message}`);
  }
}

async function todaysPolicy(o: RecommendRunOptions, region: string, fallbackMin: number): Promise<GroupPolicy | null> {
  if (o.currentFile !== undefined && o.currentAsg !== undefined) throw new CLIError('USAGE', '--current and --current-asg; expected one of them, got both');
  if (o.currentFile !== undefined) {
    const b = readBackup(o.currentFile);
    return policyFromState(b.state, b.group?.MinSize ?? fallbackMin, b.group?.MaxSize ?? Math.max(fallbackMin, 10), `Today (from ${o.currentFile})`);
  }
  if (o.currentAsg === undefined) return null;
  const c = alarmClients({ region, ...(o.endpoint === undefined ? {} : { endpoint: o.endpoint }) });
  try {
    const { state } = await describeState(c, o.currentAsg, []);
    const size = await describeGroupSize(c, o.currentAsg);
    return policyFromState(state, size?.MinSize ?? fallbackMin, size?.MaxSize ?? Math.max(fallbackMin, 10), `Today (${o.currentAsg}, read from AWS)`);
  } finally {
    c.destroy();
  }
}

export async function recommendRun(o: RecommendRunOptions): Promise<{ recommendation: Recommendation; path: string }> {
  const analysis = readAnalysis(o.runDir);
  const adapted = capacityFromAnalysis({ analysis, facts: o.factsFile === undefined ? {} : loadFacts(o.factsFile), flags: o.flags ?? {} });
  const region = adapted.region;
  const given = o.peakFile === undefined ? null : loadPeak(o.peakFile);
  // A peak profile knows the ordinary level better than the "one instance's worth" assumption.
  const capacity =
    given !== null && adapted.capacity.baselineRps.source === 'assumed'
      ? { ...adapted.capacity, baselineRps: { value: given.startRps, source: 'facts file' as const, note: `the starting level of the peak profile ${o.peakFile ?? ''}` } }
      : adapted.capacity;
  const calendar = o.calendarFile === undefined ? null : loadCalendar(o.calendarFile);
  const hist = await history(o, region);
  const peak = given ?? (hist === null ? null : peakFromHistory(hist.points, calendar?.growth ?? 1, hist.path)) ?? defaultPeakProfile(capacity.baselineRps.value);
  const prices = loadPrices(o.pricesFile);
  let price: InstancePrice | null = null;
  let priceProblem: string | null = null;
  try {
    price = instancePrice(prices, region, capacity.instanceType.value);
  } catch (error) {
    priceProblem = `No commitment sizing: ${(error as Error).message}.`;
  }
  const recommendation = buildRecommendation({
    generatedAt: (o.now ?? new Date()).toISOString(),
    runDir: o.runDir,
    region,
    capacity,
    peak,
    today: await todaysPolicy(o, region, 2),
    calendar,
    history: hist,
    prices,
    price,
    priceProblem,
  });
  const path = o.out ?? recommendationPath(o.runDir);
  writeRecommendation(path, recommendation);
  return { recommendation, path };
}
