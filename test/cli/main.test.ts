import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const commands = ['run', 'analyze', 'report', 'testbed', 'demo', 'bundle', 'k6'];

describe('the moodle-capacity command', () => {
  it('lists its commands and gives --help for each', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    for (const c of commands) expect(top.stdout).toContain(c);
    for (const c of commands) {
      const help = await runCli([c, '--help']);
      expect(help.code, c).toBe(0);
      expect(help.stdout, c).toMatch(new RegExp(`usage: moodle-capacity ${c}`));
      expect(help.stdout, c).toContain('--help');
    }
  });

  it('refuses a non-loopback target without --confirm-target, before any load or run directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-refuse-'));
    writeFileSync(join(dir, 'users.csv'), 'username,password\na,b\n');
    const res = await runCli(['run', '--target', 'https://moodle.example.edu', '--scenario', 'smoke', '--users', 'users.csv'], dir);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/refusing to send load to moodle\.example\.edu.*--confirm-target moodle\.example\.edu/);
    expect(existsSync(join(dir, 'results'))).toBe(false);
  });

  it('says what is wrong with bad input', async () => {
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"; expected one of run, analyze/);
    const missing = await runCli(['run', '--target', 'http://127.0.0.1:1']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/needs --target URL, --scenario NAME and --users FILE/);
    const badFlag = await runCli(['analyze', '--bogus', 'x']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/Unknown option '--bogus'/);
    const notRun = await runCli(['analyze', tmpdir()]);
    expect(notRun.code).toBe(1);
    expect(notRun.stderr).toMatch(/is not a run directory; expected a run\.json/);
  });
});
