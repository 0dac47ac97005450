// Defaults and validation for TestbedOptions, kept apart from startTestbed so the CLI can reuse them.
import { CLIError } from '../cli/errors.ts';
import { isTestbedFault, TESTBED_FAULTS } from './app/faults.ts';
import type { TestbedOptions } from './types.ts';

export const LOOPBACK_HOST = '127.0.0.1';

export const TESTBED_DEFAULTS = {
  port: 0,
  users: 50,
  workers: 8,
  queueLimit: 64,
  serviceTimeScale: 1,
  cloudwatch: null,
  publishPeriodSeconds: 10,
} as const satisfies Omit<TestbedOptions, 'dataDir'>;

/** Fills in the defaults; only `dataDir` has none. */
export function testbedOptions(overrides: Partial<TestbedOptions> & Pick<TestbedOptions, 'dataDir'>): TestbedOptions {
  return { ...TESTBED_DEFAULTS, ...overrides };
}

/** Throws CLIError('TESTBED') naming the first bad option. */
export function validateTestbedOptions(o: TestbedOptions): void {
  const fail = (message: string): never => {
    throw new CLIError('TESTBED', `testbed: ${message}`);
  };
  if (o.host !== undefined && o.host !== LOOPBACK_HOST) {
    fail(`it listens on ${LOOPBACK_HOST} only (loopback), not on "${o.host}"`);
  }
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535) fail(`port must be an integer 0–65535 (0 = any free port), got ${o.port}`);
  if (!Number.isInteger(o.users) || o.users < 1 || o.users > 1_000_000) fail(`users must be an integer 1–1000000, got ${o.users}`);
  if (!Number.isInteger(o.workers) || o.workers < 1) fail(`workers must be a positive integer, got ${o.workers}`);
  if (!Number.isInteger(o.queueLimit) || o.queueLimit < 0) fail(`queueLimit must be an integer ≥ 0, got ${o.queueLimit}`);
  if (!Number.isFinite(o.serviceTimeScale) || o.serviceTimeScale < 0) fail(`serviceTimeScale must be a finite number ≥ 0, got ${o.serviceTimeScale}`);
  if (!Number.isInteger(o.publishPeriodSeconds) || o.publishPeriodSeconds < 1) {
    fail(`publishPeriodSeconds must be a whole number of seconds ≥ 1, got ${o.publishPeriodSeconds}`);
  }
  if (o.dataDir.trim() === '') fail('dataDir must not be empty');
  if (o.quizAutosaveSeconds !== undefined && (!Number.isInteger(o.quizAutosaveSeconds) || o.quizAutosaveSeconds < 0)) {
    fail(`quizAutosaveSeconds must be a whole number of seconds ≥ 0 (0 = autosave off), got ${o.quizAutosaveSeconds}`);
  }
  if (o.fault !== undefined && o.fault !== null && !isTestbedFault(o.fault)) fail(`fault must be one of ${Object.keys(TESTBED_FAULTS).join(', ')}, got ${JSON.stringify(o.fault)}`);
}
