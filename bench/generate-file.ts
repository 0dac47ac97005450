// Writes a synthetic k6 JSON output file of about `bytes` bytes (bench/k6-synthetic.ts: a login storm
// whose rate ramps up and down every ten minutes), in 1 MB writes, so generating 2 GB needs no more
// memory than generating 2 MB.
import { closeSync, openSync, writeSync } from 'node:fs';
import { syntheticK6Lines } from './k6-synthetic.ts';

export interface Generated {
  readonly bytes: number;
  readonly lines: number;
  readonly requests: number;
}

export function generateK6Json(path: string, bytes: number, seed = 1): Generated {
  const fd = openSync(path, 'w');
  let size = 0;
  let lines = 0;
  let requests = 0;
  let batch: string[] = [];
  let batchBytes = 0;
  const flush = (): void => {
    const text = `${batch.join('\n')}\n`;
    size += writeSync(fd, text);
    batch = [];
    batchBytes = 0;
  };
  try {
    const run = syntheticK6Lines({
      seed,
      startMs: Date.UTC(2026, 10, 26, 9, 0, 0),
      seconds: Number.MAX_SAFE_INTEGER,
      rate: (s) => 10 + 30 * (0.5 - 0.5 * Math.cos((2 * Math.PI * s) / 600)),
      tenants: ['uni-a', 'uni-b', 'college-c'],
    });
    for (const { line } of run) {
      // Stop at a whole iteration's worth of lines: the file ends with its last complete sample.
      batch.push(line);
      batchBytes += line.length + 1;
      lines++;
      if (line.startsWith('{"metric":"http_reqs"')) requests++;
      if (batchBytes >= 1 << 20) {
        flush();
        if (size >= bytes) break;
      }
    }
    if (batch.length > 0) flush();
  } finally {
    closeSync(fd);
  }
  return { bytes: size, lines, requests };
}
