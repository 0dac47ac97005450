// Starts moto's server (installed by scripts/setup.sh into .tools/moto-venv) on 127.0.0.1 with a free
// port, so the demo and the tests talk to a real CloudWatch-compatible API through the AWS SDK.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CLIError } from '../cli/errors.ts';
import { projectRoot } from '../io/project-root.ts';

export interface MotoServer {
  readonly endpoint: string;
  readonly region: string;
  stop(): Promise<void>;
}

export function motoServerPath(): string {
  return join(projectRoot(), '.tools', 'moto-venv', 'bin', 'moto_server');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startMoto(region = 'eu-west-2'): Promise<MotoServer> {
  const bin = motoServerPath();
  if (!existsSync(bin)) {
    throw new CLIError('MOTO_MISSING', `moto's server is not installed at ${bin}; run scripts/setup.sh (it installs moto[server] from PyPI into .tools/moto-venv)`);
  }
  const port = await freePort();
  const child = spawn(bin, ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilUp(endpoint, child, () => stderr);
  return {
    endpoint,
    region,
    stop: () => stopChild(child),
  };
}

async function waitUntilUp(endpoint: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new CLIError('MOTO_MISSING', `moto's server exited with code ${child.exitCode} before it was ready:\n${stderr()}`);
    }
    try {
      const res = await fetch(`${endpoint}/moto-api/`);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  child.kill('SIGKILL');
  throw new CLIError('MOTO_MISSING', `moto's server did not answer on ${endpoint} within 30 s:\n${stderr()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
