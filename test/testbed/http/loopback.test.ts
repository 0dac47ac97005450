// The testbed is reachable on 127.0.0.1 only, and answers only to its own Host names.
import { request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIError } from '../../../cli/errors.ts';
import { startTestbed, testbedOptions } from '../../../testbed/index.ts';
import { startTestTestbed, type StartedTestbed } from '../start.ts';

let tb: StartedTestbed;
beforeAll(async () => {
  tb = await startTestTestbed();
});
afterAll(() => tb.close());

/** A GET with an arbitrary Host header (fetch does not let a caller set Host). */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('loopback only', () => {
  it('listens on 127.0.0.1', () => {
    expect(tb.testbed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers its own names and refuses any other Host with 421', async () => {
    const port = new URL(tb.testbed.url).port;
    expect(await getWithHost(`${tb.testbed.url}/`, `127.0.0.1:${port}`)).toBe(200);
    expect(await getWithHost(`${tb.testbed.url}/`, `localhost:${port}`)).toBe(200);
    expect(await getWithHost(`${tb.testbed.url}/`, 'attacker.example')).toBe(421);
    expect(await getWithHost(`${tb.testbed.url}/`, `127.0.0.1:${Number(port) + 1}`)).toBe(421);
  });

  it('refuses another host and a port in use with a TESTBED error', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'testbed-loopback-'));
    try {
      await expect(startTestbed(testbedOptions({ dataDir, host: '0.0.0.0' }))).rejects.toMatchObject({ code: 'TESTBED' });
      const port = Number(new URL(tb.testbed.url).port);
      const error = await startTestbed(testbedOptions({ dataDir, port })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CLIError);
      expect((error as CLIError).message).toMatch(/already in use/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('data files', () => {
  it('writes users.csv readable by the owner only, even over an existing file', async () => {
    const { stat, writeFile } = await import('node:fs/promises');
    const dataDir = await mkdtemp(join(tmpdir(), 'testbed-files-'));
    try {
      await writeFile(join(dataDir, 'users.csv'), 'old\n', { mode: 0o644 });
      const testbed = await startTestbed(testbedOptions({ dataDir, users: 2 }));
      await testbed.stop();
      expect((await stat(testbed.usersCsvPath)).mode & 0o777).toBe(0o600);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
