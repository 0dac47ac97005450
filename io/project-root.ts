// The project's root folder, found from this file's location so commands work from any cwd.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function projectRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..');
}
