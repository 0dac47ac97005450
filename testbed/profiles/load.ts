// Finds an environment profile: a name of a file in testbed/profiles/, or a path to one's own JSON.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLIError } from '../../cli/errors.ts';
import { parseEnvironmentProfile, ProfileError } from './parse.ts';
import type { EnvironmentProfile } from './types.ts';

export const environmentProfilesDir = (): string => dirname(fileURLToPath(import.meta.url));

export function environmentProfileNames(): string[] {
  return readdirSync(environmentProfilesDir())
    .filter((f) => f.endsWith('.json'))
    .map((f) => basename(f, '.json'))
    .sort();
}

export function loadEnvironmentProfile(nameOrPath: string): EnvironmentProfile {
  const path = nameOrPath.endsWith('.json') ? nameOrPath : join(environmentProfilesDir(), `${nameOrPath}.json`);
  if (!existsSync(path)) {
    throw new CLIError('NOT_FOUND', `environment profile ${JSON.stringify(nameOrPath)} not found; expected one of ${environmentProfileNames().join(', ')} or a path to a .json file`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CLIError('CONFIG', `environment profile ${path} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return parseEnvironmentProfile(basename(path, '.json'), json);
  } catch (error) {
    if (error instanceof ProfileError) throw new CLIError('CONFIG', error.message);
    throw error;
  }
}
