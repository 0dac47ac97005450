// Finds and loads a profile: a name from profiles/, or a path to the user's own JSON file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CLIError } from '../cli/errors.ts';
import { projectRoot } from '../io/project-root.ts';
import { parseProfile, ProfileError } from './profile.ts';
import type { Profile } from './types.ts';

export const profilesDir = (): string => join(projectRoot(), 'profiles');

export function profileNames(): string[] {
  return readdirSync(profilesDir()).filter((f) => f.endsWith('.json')).map((f) => basename(f, '.json')).sort();
}

export function loadProfile(nameOrPath: string): Profile {
  const path = nameOrPath.endsWith('.json') ? nameOrPath : join(profilesDir(), `${nameOrPath}.json`);
  if (!existsSync(path)) {
    throw new CLIError('NOT_FOUND', `profile ${JSON.stringify(nameOrPath)} not found; expected one of ${profileNames().join(', ')} or a path to a .json file`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CLIError('CONFIG', `profile ${path} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return parseProfile(basename(path, '.json'), json);
  } catch (error) {
    if (error instanceof ProfileError) throw new CLIError('CONFIG', error.message);
    throw error;
  }
}
