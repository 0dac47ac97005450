// The run directory: results/<UTC timestamp>-<scenario>/, and run.json written atomically so a crash
// never leaves half a record.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunRecord } from './types.ts';

export const RUN_FILES = {
  k6Output: 'k6-output.json.gz',
  summary: 'summary.json',
  log: 'k6.log',
  options: 'k6-options.json',
} as const;

/** 2026-11-26T17:30:05.123Z → 20261126T173005Z */
export function runStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

export function createRunDir(resultsDir: string, scenario: string, now: Date): string {
  const base = join(resultsDir, `${runStamp(now)}-${scenario}`);
  let dir = base;
  for (let i = 2; existsSync(dir); i++) dir = `${base}-${i}`;
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function writeRunRecord(dir: string, record: RunRecord): void {
  const path = join(dir, 'run.json');
  writeFileSync(`${path}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}

export function readRunRecord(dir: string): RunRecord {
  return JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as RunRecord;
}
