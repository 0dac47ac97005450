import { ensureK6 } from '../../runner/k6-binary.ts';
import type { Command } from '../types.ts';

export const command: Command = {
  name: 'k6',
  summary: 'find or build the pinned k6 and print its path and version',
  usage: '',
  description: 'Uses k6 from PATH when it is v2.2.0 or newer (v2.x), else .tools/bin/k6, else builds it with `go install go.k6.io/k6/v2@v2.2.0`.',
  options: {},
  async run() {
    const k6 = await ensureK6((line) => console.error(line));
    console.log(`k6 v${k6.version} at ${k6.path} (${k6.source})`);
  },
};
