import { bundleScenarios } from '../../bundler/bundle.ts';
import type { Command } from '../types.ts';

export const command: Command = {
  name: 'bundle',
  summary: 'bundle the TypeScript scenarios into k6 scripts',
  usage: '',
  description: 'Bundles every scenarios/*.ts into dist/scenarios/<name>.js (esbuild; k6 modules external; inline source maps). Type-check them with `npm run typecheck`.',
  options: {},
  async run() {
    const { bundles } = await bundleScenarios();
    for (const [name, path] of Object.entries(bundles)) console.log(`${name}\t${path}`);
  },
};
