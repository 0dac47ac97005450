// The one shape of a bad-input message for files the user gives us ("what; expected X, got Y"),
// and the checks every loader needs. A long value is cut, a missing one says "nothing".
import { CLIError } from '../cli/errors.ts';

export type Json = Record<string, unknown>;

export function configError(source: string, what: string, expected: string, got: unknown): never {
  const shown = JSON.stringify(got);
  throw new CLIError('CONFIG', `${source}: ${what}; expected ${expected}, got ${shown === undefined ? 'nothing' : shown.slice(0, 120)}`);
}

export function objectAt(source: string, what: string, v: unknown): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) configError(source, what, 'an object', v);
  return v as Json;
}

export function textAt(source: string, what: string, v: unknown): string {
  if (typeof v !== 'string' || v.trim() === '') configError(source, what, 'a non-empty string', v);
  return v;
}

export function numberAt(source: string, what: string, v: unknown, min: number, max = Number.POSITIVE_INFINITY): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) configError(source, what, `a number from ${min}${Number.isFinite(max) ? ` to ${max}` : ''}`, v);
  return v;
}
