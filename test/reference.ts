// Reads the captured stock-Moodle pages at test time (never copied into the project). They live in
// shared/ beside the project (as on CI), or where MOODLE_REFERENCE_DIR says. Missing captures fail the
// tests that need them loudly rather than skipping them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../io/project-root.ts';

export const referenceDir = process.env['MOODLE_REFERENCE_DIR'] ?? join(projectRoot(), '..', 'shared', 'moodle-reference');

export function capture(path: string): string {
  const file = join(referenceDir, path);
  if (!existsSync(file)) throw new Error(`Moodle capture ${file} not found; expected shared/moodle-reference beside the project, or set MOODLE_REFERENCE_DIR`);
  return readFileSync(file, 'utf8');
}
