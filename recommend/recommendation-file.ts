// recommendation.json on disk: written by `recommend`, read by `report` and `alarms`.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIError } from '../cli/errors.ts';
import { RECOMMENDATION_SCHEMA, type Recommendation } from './recommendation-types.ts';

export const RECOMMENDATION_FILE = 'recommendation.json';

/** A run directory (its recommendation.json) or the file itself. */
export function recommendationPath(dirOrFile: string): string {
  return existsSync(dirOrFile) && statSync(dirOrFile).isDirectory() ? join(dirOrFile, RECOMMENDATION_FILE) : dirOrFile;
}

export function writeRecommendation(path: string, r: Recommendation): void {
  writeFileSync(path, `${JSON.stringify(r, null, 2)}\n`);
}

export function readRecommendation(dirOrFile: string): Recommendation {
  const path = recommendationPath(dirOrFile);
  if (!existsSync(path)) throw new CLIError('NOT_FOUND', `${path} not found; run moodle-capacity recommend RUN_DIR first`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CLIError('CONFIG', `cannot read ${path}: ${(error as Error).message}`);
  }
  const schema = (json as { schema?: unknown } | null)?.schema;
  if (schema !== RECOMMENDATION_SCHEMA) throw new CLIError('CONFIG', `${path}: schema; expected ${JSON.stringify(RECOMMENDATION_SCHEMA)}, got ${JSON.stringify(schema)}`);
  // Written by this tool; its shape is the schema's.
  return json as Recommendation;
}

/** The recommendation beside a run's analysis, if `recommend` has been run; null otherwise. */
export function readRecommendationIfPresent(runDir: string): Recommendation | null {
  return existsSync(join(runDir, RECOMMENDATION_FILE)) ? readRecommendation(join(runDir, RECOMMENDATION_FILE)) : null;
}
