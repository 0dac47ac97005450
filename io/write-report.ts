// The report step's edge: analysis.json (and recommendation.json when `recommend` has run) in,
// capacity-report.pdf out.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRecommendationIfPresent } from '../recommend/recommendation-file.ts';
import { renderCapacityPdf } from '../reports/capacity-pdf.ts';
import { readAnalysis } from './analyze-run.ts';

export const REPORT_FILE = 'capacity-report.pdf';

export function writeReport(runDir: string, out: string | null): string {
  const analysis = readAnalysis(runDir);
  const path = out ?? join(runDir, REPORT_FILE);
  writeFileSync(path, renderCapacityPdf(analysis, { recommendation: readRecommendationIfPresent(runDir) }));
  return path;
}
