import { describe, expect, it } from 'vitest';
import { CLIError } from '../../cli/errors.ts';
import { TESTBED_DEFAULTS, testbedOptions, validateTestbedOptions } from '../../testbed/options.ts';

const ok = testbedOptions({ dataDir: '/tmp/x' });

describe('testbed options', () => {
  it('defaults as documented', () => {
    expect(ok).toMatchObject({ port: 0, users: 50, workers: 8, queueLimit: 64, serviceTimeScale: 1, cloudwatch: null, publishPeriodSeconds: 10, dataDir: '/tmp/x' });
    expect(TESTBED_DEFAULTS.workers).toBe(8);
    expect(() => validateTestbedOptions(ok)).not.toThrow();
    expect(() => validateTestbedOptions({ ...ok, host: '127.0.0.1' })).not.toThrow();
  });

  it.each([
    [{ host: '0.0.0.0' }, /127\.0\.0\.1 only/],
    [{ host: 'localhost' }, /127\.0\.0\.1 only/],
    [{ port: 70000 }, /port/],
    [{ users: 0 }, /users/],
    [{ workers: 0 }, /workers/],
    [{ workers: 1.5 }, /workers/],
    [{ queueLimit: -1 }, /queueLimit/],
    [{ serviceTimeScale: Number.POSITIVE_INFINITY }, /serviceTimeScale/],
    [{ publishPeriodSeconds: 0.5 }, /publishPeriodSeconds/],
    [{ dataDir: ' ' }, /dataDir/],
  ])('refuses %o', (bad, message) => {
    let error: unknown;
    try {
      validateTestbedOptions({ ...ok, ...bad });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CLIError);
    expect((error as CLIError).code).toBe('TESTBED');
    expect((error as CLIError).message).toMatch(message);
  });
});
