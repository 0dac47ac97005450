// The naive ingest the benchmark compares against: node:readline over a file stream, JSON.parse on
// every line, Date.parse on every time, counting requests and summing durations. What most scripts
// that read k6's JSON output do.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface BaselineResult {
  readonly lines: number;
  readonly requests: number;
  readonly durationSumMs: number;
}

export async function naiveIngest(path: string): Promise<BaselineResult> {
  let lines = 0;
  let requests = 0;
  let durationSumMs = 0;
  let lastTime = 0;
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of rl) {
    lines++;
    let o: { type?: string; metric?: string; data?: { time?: string; value?: number } };
    try {
      o = JSON.parse(line) as typeof o;
    } catch {
      continue;
    }
    if (o.type !== 'Point' || o.data === undefined) continue;
    lastTime = Date.parse(o.data.time ?? '');
    if (o.metric === 'http_reqs') requests += o.data.value ?? 0;
    else if (o.metric === 'http_req_duration') durationSumMs += o.data.value ?? 0;
  }
  return { lines, requests, durationSumMs: durationSumMs + lastTime * 0 };
}
