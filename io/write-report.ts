// The report step's edge: analysis.json in, capacity-report.pdf out.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCapacityPdf } from '../reports/capacity-pdf.ts';
import { readAnalysis } from './analyze-run.ts';

export const REPORT_FILE = 'capacity-report.pdf';

export function writeReport(runDir: string, out: string | null): string {
  const analysis = readAnalysis(runDir);
  const path = out ?? join(runDir, REPORT_FILE);
  writeFileSync(path, renderCapacityPdf(analysis));
  return path;
}
