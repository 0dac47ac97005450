// Bundles every scenarios/*.ts entry into one self-contained ES module per scenario for k6.
// k6's own modules and remote (https://) imports stay external: k6 resolves those itself.
import { build, type BuildOptions } from 'esbuild';
import { basename, join } from 'node:path';
import { glob } from 'tinyglobby';
import { CLIError } from '../cli/errors.ts';
import { projectRoot } from '../io/project-root.ts';

export interface BundleResult {
  /** Scenario name (file name without .ts) → absolute path of its bundle. */
  readonly bundles: Readonly<Record<string, string>>;
}

export const scenariosDir = (): string => join(projectRoot(), 'scenarios');
export const bundlesDir = (): string => join(projectRoot(), 'dist', 'scenarios');

export async function scenarioEntries(): Promise<string[]> {
  // Top level only: scenarios/lib holds the helpers the entries share.
  return (await glob('*.ts', { cwd: scenariosDir(), absolute: true, ignore: ['*.d.ts'] })).sort();
}

const config = (entryPoints: string[]): BuildOptions => ({
  entryPoints,
  outdir: bundlesDir(),
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2020',
  external: ['k6', 'k6/*', 'https://*'],
  sourcemap: 'inline',
  logLevel: 'silent',
});

export async function bundleScenarios(): Promise<BundleResult> {
  const entries = await scenarioEntries();
  if (entries.length === 0) throw new CLIError('BUNDLE', `no scenarios found in ${scenariosDir()}; expected *.ts files`);
  try {
    await build(config(entries));
  } catch (error) {
    throw new CLIError('BUNDLE', `bundling the scenarios failed:\n${(error as Error).message}`);
  }
  const bundles: Record<string, string> = {};
  for (const entry of entries) {
    const name = basename(entry, '.ts');
    bundles[name] = join(bundlesDir(), `${name}.js`);
  }
  return { bundles };
}
