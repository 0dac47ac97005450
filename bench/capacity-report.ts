// npm run bench:report [-- --out FILE]
// Times the full capacity PDF (every section, with a recommendation and a year of demand) the way
// `moodle-capacity report` builds it, and prints the figures. A benchmark, not a test: the target is
// ≤ 3 s on this machine, and its other load shows in the numbers (the load average is printed too).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../io/project-root.ts';
import { parseArgs } from 'node:util';
import { renderCapacityPdf } from '../reports/capacity-pdf.ts';
import { capacityAnalysis } from '../test/reports/capacity-fixture.ts';
import { makeRecommendation } from '../test/reports/recommendation-fixture.ts';

const TARGET_SECONDS = 3;
const { values } = parseArgs({ options: { out: { type: 'string' }, runs: { type: 'string', default: '3' } } });

const t0 = performance.now();
const analysis = capacityAnalysis();
const recommendation = makeRecommendation(analysis);
const t1 = performance.now();
const times: number[] = [];
let pdf: Buffer = Buffer.alloc(0);
for (let i = 0; i < Number(values.runs ?? 3); i++) {
  const s = performance.now();
  pdf = renderCapacityPdf(analysis, { recommendation, now: new Date('2025-03-04T10:30:00Z') });
  times.push((performance.now() - s) / 1000);
}
if (values.out !== undefined) writeFileSync(values.out, pdf);
const best = Math.min(...times);
console.log(`recommendation (replays + a year of RI sizing): ${((t1 - t0) / 1000).toFixed(2)} s`);
console.log(`report render: ${times.map((t) => t.toFixed(2)).join(' s, ')} s (best ${best.toFixed(2)} s; first includes warm-up)`);
console.log(`full report (recommendation + first render): ${((t1 - t0) / 1000 + (times[0] ?? 0)).toFixed(2)} s; target ≤ ${TARGET_SECONDS} s`);
console.log(`PDF: ${(pdf.length / 1024).toFixed(0)} kB`);

// The same as a user runs it: `moodle-capacity report RUN_DIR` in a fresh process (start-up included).
const runDir = mkdtempSync(join(tmpdir(), 'bench-report-'));
try {
  writeFileSync(join(runDir, 'analysis.json'), JSON.stringify(analysis));
  writeFileSync(join(runDir, 'recommendation.json'), JSON.stringify(recommendation));
  const s = performance.now();
  execFileSync(process.execPath, [join(projectRoot(), 'bin', 'moodle-capacity.mjs'), 'report', runDir], { stdio: 'ignore' });
  console.log(`moodle-capacity report RUN_DIR (new process): ${((performance.now() - s) / 1000).toFixed(2)} s; target ≤ ${TARGET_SECONDS} s`);
} finally {
  rmSync(runDir, { recursive: true, force: true });
}
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
