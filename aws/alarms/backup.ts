// Backup files: the group's scaling state before an apply, plus what that apply managed, so
// `alarms rollback BACKUP` can restore exactly (and remove what the apply added).
import { readFileSync, writeFileSync } from 'node:fs';
import { CLIError } from '../../cli/errors.ts';
import { BACKUP_SCHEMA, type BackupFile, type GroupState, type Scope } from './types.ts';
import { configError } from '../../io/config-error.ts';

export function makeBackup(state: GroupState, managed: Scope, region: string, endpoint: string | null, takenAt: Date, group: BackupFile['group']): BackupFile {
  return { schema: BACKUP_SCHEMA, takenAt: takenAt.toISOString(), region, endpoint, state, managed, group };
}

export function writeBackup(path: string, backup: BackupFile): void {
  writeFileSync(path, `${JSON.stringify(backup, null, 2)}\n`, { flag: 'wx' });
}

function list(path: string, o: Record<string, unknown>, key: string, where: string): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) configError(path, `${where}.${key}`, 'a list', v);
  return v;
}

function names(path: string, v: unknown, where: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) configError(path, where, 'a list of names', v);
  return v as string[];
}

export function parseBackup(path: string, json: unknown): BackupFile {
  if (typeof json !== 'object' || json === null) configError(path, 'backup', 'an object', json);
  const o = json as Record<string, unknown>;
  if (o['schema'] !== BACKUP_SCHEMA) configError(path, 'schema', JSON.stringify(BACKUP_SCHEMA), o['schema']);
  if (typeof o['region'] !== 'string') configError(path, 'region', 'a region', o['region']);
  const state = (o['state'] ?? {}) as Record<string, unknown>;
  if (typeof state['asgName'] !== 'string' || state['asgName'] === '') configError(path, 'state.asgName', 'the group name', state['asgName']);
  for (const key of ['policies', 'alarms', 'scheduled']) {
    list(path, state, key, 'state').forEach((item, i) => {
      if (typeof item !== 'object' || item === null) configError(path, `state.${key}[${i}]`, 'an object', item);
    });
  }
  const managed = (o['managed'] ?? {}) as Record<string, unknown>;
  const g = o['group'] as Record<string, unknown> | null | undefined;
  const group = g !== null && g !== undefined && typeof g['MinSize'] === 'number' && typeof g['MaxSize'] === 'number' ? { MinSize: g['MinSize'], MaxSize: g['MaxSize'] } : null;
  return {
    schema: BACKUP_SCHEMA,
    takenAt: typeof o['takenAt'] === 'string' ? o['takenAt'] : '',
    region: o['region'] as string,
    endpoint: typeof o['endpoint'] === 'string' ? o['endpoint'] : null,
    // The items were written by this tool from AWS's answers; their fields are checked by AWS on restore.
    state: state as unknown as GroupState,
    managed: { policies: names(path, managed['policies'], 'managed.policies'), alarms: names(path, managed['alarms'], 'managed.alarms'), scheduled: names(path, managed['scheduled'], 'managed.scheduled') },
    group,
  };
}

export function readBackup(path: string): BackupFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CLIError('NOT_FOUND', `cannot read the backup ${path}: ${(error as Error).message}`);
  }
  return parseBackup(path, json);
}
