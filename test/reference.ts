// Reads the captured stock-Moodle pages at test time (never copied into the project).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../io/project-root.ts';

export const referenceDir = join(projectRoot(), '..', 'shared', 'moodle-reference');

export function capture(path: string): string {
  return readFileSync(join(referenceDir, path), 'utf8');
}
