// npm run bench:ingest [-- --size 2GB] [--file PATH] [--keep]
// Generates a realistic k6 JSON output file (bench/k6-synthetic.ts), then, in this one process, times
// our ingest (io/k6-output.ts + analysis/: what `analyze` runs) and a naive readline + JSON.parse
// baseline over it, and prints MB/s for both, the ratio and the peak RSS. A benchmark that prints
// figures, not a test: the machine's other load shows in them (the load average is printed too).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { K6Ingest } from '../analysis/ingest.ts';
import { feedK6File } from '../io/k6-output.ts';
import { projectRoot } from '../io/project-root.ts';
import { naiveIngest } from './baseline.ts';
import type { Generated } from './generate-file.ts';

const TARGET_MBPS = 500;
const TARGET_RATIO = 6;
const TARGET_RSS_MB = 256;

function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|m|g)?b?$/i.exec(text.trim());
  if (m === null) throw new Error(`--size; expected a size such as 200MB or 2GB, got ${JSON.stringify(text)}`);
  const unit = (m[2] ?? '').toLowerCase();
  return Math.round(Number(m[1]) * (unit === 'g' ? 1e9 : unit === 'm' ? 1e6 : unit === 'k' ? 1e3 : 1));
}

const rssMb = (): number => process.resourceUsage().maxRSS / 1024;
const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '2GB' }, file: { type: 'string' }, keep: { type: 'boolean', default: false } } });
  const size = parseSize(values.size ?? '2GB');
  const dir = join(tmpdir(), 'moodle-capacity-bench');
  mkdirSync(dir, { recursive: true });
  const file = values.file ?? join(dir, `k6-output-${values.size ?? '2GB'}.json`);
  const reuse = existsSync(file) && Math.abs(statSync(file).size - size) <= Math.max(2e6, size * 0.01);
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (reuse) {
    console.log(`file: ${file} (${(statSync(file).size / 1e6).toFixed(0)} MB, reused)`);
  } else {
    const t0 = performance.now();
    // In a child process, so this process's peak RSS is the ingests' own.
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(projectRoot(), 'bench', 'generate.ts'), String(size), file], { encoding: 'utf8' });
    const g = JSON.parse(out) as Generated;
    console.log(`file: ${file}: generated ${(g.bytes / 1e6).toFixed(0)} MB, ${g.lines} lines, ${g.requests} requests in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const bytes = statSync(file).size;
  const mb = bytes / 1e6;

  const t1 = performance.now();
  const c1 = process.cpuUsage();
  const ingest = new K6Ingest();
  const f = ingest.beginFile(file, 'json');
  await feedK6File(file, f);
  ingest.endFile(f);
  const oursSeconds = (performance.now() - t1) / 1000;
  const oursCpu = cpuSeconds(c1);
  const oursRss = rssMb();
  const requests = ingest.aggregate.total.requests;

  const t2 = performance.now();
  const c2 = process.cpuUsage();
  const base = await naiveIngest(file);
  const baseSeconds = (performance.now() - t2) / 1000;
  const baseCpu = cpuSeconds(c2);
  const baseRss = rssMb();

  const ours = mb / oursSeconds;
  const naive = mb / baseSeconds;
  const ratio = ours / naive;
  const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  console.log('');
  console.log(`ours:     ${ours.toFixed(0)} MB/s (${oursSeconds.toFixed(2)} s wall, ${(mb / oursCpu).toFixed(0)} MB/s per CPU-second), ${ingest.lines} lines, ${requests} requests, ${ingest.badLines} bad, peak RSS ${oursRss.toFixed(0)} MB`);
  console.log(`baseline: ${naive.toFixed(0)} MB/s (${baseSeconds.toFixed(2)} s wall, ${(mb / baseCpu).toFixed(0)} MB/s per CPU-second), readline + JSON.parse, ${base.lines} lines, ${base.requests} requests, peak RSS ${baseRss.toFixed(0)} MB (the process's peak so far: ours, then the baseline)`);
  console.log(`ratio:    ${ratio.toFixed(1)}×`);
  console.log('');
  console.log(`targets (plain JSON): ≥ ${TARGET_MBPS} MB/s ${verdict(ours >= TARGET_MBPS)}; ≥ ${TARGET_RATIO}× the baseline ${verdict(ratio >= TARGET_RATIO)}; peak RSS ≤ ${TARGET_RSS_MB} MB ${verdict(oursRss <= TARGET_RSS_MB)}`);
  console.log('gzipped k6 output (k6-output.json.gz) is read at zlib’s speed (a few hundred MB/s of output at best); the targets are for plain JSON.');
  if (requests !== base.requests) console.log(`WARNING: the two ingests counted different requests (${requests} vs ${base.requests})`);
  console.log(`load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other processes on the machine slow both ingests alike)`);
  if (!values.keep && !reuse && values.file === undefined) rmSync(file);
}

await main();
