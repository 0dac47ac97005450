// Fuzzing the ingest: thousands of corrupt and truncated k6 outputs (bytes flipped, deleted, repeated,
// inserted, whole lines of garbage, files cut anywhere), each read in random chunk sizes. Nothing may
// throw, and the result must be exactly what a JSON.parse-only reading of the same lines gives: every
// bad line counted at its line number, every good line counted once.
import { describe, expect, it } from 'vitest';
import { syntheticK6Lines } from '../../bench/k6-synthetic.ts';
import { prng } from '../prng.ts';
import { ingestFiles, referenceIngest, summarise } from './ingest-helpers.ts';

const base = Buffer.from(
  `${[...syntheticK6Lines({ seed: 5, startMs: Date.UTC(2026, 10, 26, 10), seconds: 4, rate: () => 2, tenants: ['uni-a'], failureRate: 0.2 })].map((l) => l.line).join('\n')}\n`,
);
const NASTY = [0x00, 0x09, 0x0a, 0x0d, 0x1f, 0x22, 0x2c, 0x3a, 0x5c, 0x7b, 0x7d, 0x30, 0x39, 0x2e, 0x65, 0x2d, 0x80, 0xc3, 0xff];

function corrupt(r: () => number): Buffer {
  let b = Buffer.from(base);
  const edits = 1 + Math.floor(r() * 3);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * b.length);
    const kind = Math.floor(r() * 7);
    if (kind === 0) b[at] = NASTY[Math.floor(r() * NASTY.length)] ?? 0;
    else if (kind === 1) b[at] = Math.floor(r() * 256);
    else if (kind === 2) b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + Math.floor(r() * 40)))]);
    else if (kind === 3) b = Buffer.concat([b.subarray(0, at), b.subarray(Math.max(0, at - Math.floor(r() * 60)), at), b.subarray(at)]);
    else if (kind === 4) b = Buffer.concat([b.subarray(0, at), Buffer.from(Array.from({ length: 1 + Math.floor(r() * 8) }, () => NASTY[Math.floor(r() * NASTY.length)] ?? 0)), b.subarray(at)]);
    else if (kind === 5) b = Buffer.concat([b.subarray(0, at), Buffer.from('\n{"metric":"http_reqs","type":"Point"\n[1,2]\nnull\n"str"\n'), b.subarray(at)]);
    else b = b.subarray(0, at); // cut short
  }
  return b;
}

function linesOf(b: Buffer): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let nl = b.indexOf(10); nl !== -1; nl = b.indexOf(10, start)) {
    lines.push(b.toString('utf8', start, nl));
    start = nl + 1;
  }
  if (start < b.length) lines.push(b.toString('utf8', start));
  return lines;
}

describe('ingest under fuzzing', () => {
  it('survives 3,000 corrupt and truncated files and counts exactly the lines JSON.parse rejects', () => {
    const r = prng(20261126);
    let badSeen = 0;
    for (let i = 0; i < 3000; i++) {
      const input = corrupt(r);
      const chunk = 1 + Math.floor(r() * 700);
      const ingest = ingestFiles([{ name: `fuzz-${i}.json`, text: input }], chunk);
      const reference = referenceIngest(linesOf(input));
      expect(ingest.badLines, `input ${i}`).toBe(reference.bad.length);
      expect(ingest.badExamples.map((b) => b.line), `input ${i}`).toEqual(reference.bad.slice(0, 100));
      expect(summarise(ingest.aggregate), `input ${i}`).toEqual(summarise(reference.aggregate));
      badSeen += reference.bad.length;
    }
    expect(badSeen).toBeGreaterThan(3000);
  });
});
