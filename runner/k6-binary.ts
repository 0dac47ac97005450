// Finds a usable k6 (on PATH, or in the project's .tools/bin) or builds the pinned release with Go.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CLIError } from '../cli/errors.ts';
import { projectRoot } from '../io/project-root.ts';
import { PINNED_K6_VERSION, formatSemver, isUsableK6, parseK6Version } from './version.ts';

const run = promisify(execFile);

export interface K6Binary {
  readonly path: string;
  readonly version: string;
  /** Where it came from: PATH, the project's tools folder, or a fresh build. */
  readonly source: 'path' | 'tools' | 'built';
}

/** The project's own tools folder; MC_TOOLS_BIN moves it (tests use it to start from nothing). */
export function toolsBinDir(): string {
  return process.env['MC_TOOLS_BIN'] ?? join(projectRoot(), '.tools', 'bin');
}

async function probe(path: string): Promise<string | null> {
  try {
    const { stdout } = await run(path, ['version'], { timeout: 20_000 });
    const v = parseK6Version(stdout);
    return v !== null && isUsableK6(v) ? formatSemver(v) : null;
  } catch {
    return null;
  }
}

/** Finds k6 without building anything; null when there is no usable one. */
export async function findK6(): Promise<K6Binary | null> {
  const fromPath = await probe('k6');
  if (fromPath !== null) return { path: 'k6', version: fromPath, source: 'path' };
  const local = join(toolsBinDir(), 'k6');
  if (existsSync(local)) {
    const v = await probe(local);
    if (v !== null) return { path: local, version: v, source: 'tools' };
  }
  return null;
}

/** Finds k6, or builds the pinned release into .tools/bin. `log` receives progress lines. */
export async function ensureK6(log: (line: string) => void): Promise<K6Binary> {
  const found = await findK6();
  if (found !== null) return found;
  const go = await goAvailable();
  if (!go) {
    throw new CLIError(
      'K6_MISSING',
      `k6 v${PINNED_K6_VERSION} or newer (v2.x) is not on PATH and Go is not installed to build it; install k6 v${PINNED_K6_VERSION} (https://grafana.com/docs/k6/latest/set-up/install-k6/) or Go 1.24+ and run again`,
    );
  }
  log(`building k6 v${PINNED_K6_VERSION} with Go into ${toolsBinDir()} (a few minutes, once)`);
  await buildK6(log);
  const built = await findK6();
  if (built === null) throw new CLIError('K6_MISSING', `the k6 build finished but ${join(toolsBinDir(), 'k6')} does not report v${PINNED_K6_VERSION}`);
  return { ...built, source: 'built' };
}

async function goAvailable(): Promise<boolean> {
  try {
    await run('go', ['version'], { timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

async function buildK6(log: (line: string) => void): Promise<void> {
  const bin = toolsBinDir();
  mkdirSync(bin, { recursive: true });
  const module = `go.k6.io/k6/v2@v${PINNED_K6_VERSION}`;
  const installed = await goStep(['install', module], { GOBIN: bin }, projectRoot());
  if (installed) return;
  log(`go install could not finish (above); building the same release from the downloaded module instead`);
  // `go install m@v` also asks the proxy for the module's version list (for deprecation notices);
  // a proxy that serves the version but not the list fails there. Download and build instead.
  const { stdout } = await run('go', ['mod', 'download', '-json', module], { maxBuffer: 1 << 20 });
  const dir = (JSON.parse(stdout) as { Dir?: string }).Dir;
  if (dir === undefined) throw new CLIError('K6_MISSING', `go mod download ${module} did not say where it put the module`);
  const built = await goStep(['build', '-trimpath', '-o', join(bin, 'k6'), '.'], { GOFLAGS: '-mod=mod' }, dir);
  if (!built) throw new CLIError('K6_MISSING', `building ${module} failed (see the go output above)`);
}

function goStep(args: string[], env: Record<string, string>, cwd: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('go', args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => resolve(code === 0));
    child.on('error', () => resolve(false));
  });
}
