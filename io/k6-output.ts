// Reads k6 output files, plain or gzipped, JSON lines or CSV, without loading them whole. A plain file
// is read with readSync into one reused 1 MB buffer (no stream machinery in the hot path); a gzipped
// one streams through zlib, which limits it to zlib's speed. A file cut short (k6 killed mid-write,
// gzip without its trailer) yields every complete line it has and says so.
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { constants, createGunzip } from 'node:zlib';
import type { K6FileIngest, K6Format } from '../analysis/k6-file-ingest.ts';

export interface StreamResult {
  readonly lines: number;
  /** The file ended mid-line or mid-gzip-stream. */
  readonly truncated: boolean;
}

export const READ_CHUNK_BYTES = 1024 * 1024;

/** The format a file's name says, or null to sniff it from the first bytes. */
export function formatFromName(path: string): K6Format | null {
  if (/\.csv(\.gz)?$/i.test(path)) return 'csv';
  if (/\.json(l)?(\.gz)?$/i.test(path)) return 'json';
  return null;
}

function gunzipped(path: string): Readable {
  const file = createReadStream(path, { highWaterMark: 1024 * 1024 });
  // SYNC_FLUSH: hand out what was decompressed so far instead of failing on a missing trailer.
  const gunzip = createGunzip({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 1024 * 1024 });
  file.pipe(gunzip);
  file.on('error', (e) => gunzip.destroy(e));
  return gunzip;
}

function isTruncation(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || /unexpected end of file/i.test(String(error));
}

/** Feeds a whole file to a K6FileIngest (not ended). True when a gzip stream was cut short. */
export async function feedK6File(path: string, target: K6FileIngest): Promise<boolean> {
  if (!path.endsWith('.gz')) {
    const fd = openSync(path, 'r');
    const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    try {
      for (;;) {
        const n = readSync(fd, chunk, 0, chunk.length, null);
        if (n === 0) break;
        target.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      }
    } finally {
      closeSync(fd);
    }
    return false;
  }
  try {
    for await (const chunk of gunzipped(path)) target.push(chunk as Buffer);
    return false;
  } catch (error) {
    if (!isTruncation(error)) throw error;
    return true;
  }
}

/** Streams a file's lines as strings (for small files and tools; analysis uses feedK6File). */
export async function streamLines(path: string, onLine: (line: string, lineNumber: number) => void): Promise<StreamResult> {
  let source: Readable = createReadStream(path);
  if (path.endsWith('.gz')) source = gunzipped(path);
  let rest = '';
  let lineNumber = 0;
  let gzipCutShort = false;
  try {
    for await (const chunk of source) {
      const text = rest + (chunk as Buffer).toString('utf8');
      let start = 0;
      for (let nl = text.indexOf('\n', start); nl !== -1; nl = text.indexOf('\n', start)) {
        lineNumber += 1;
        onLine(text.slice(start, nl), lineNumber);
        start = nl + 1;
      }
      rest = text.slice(start);
    }
  } catch (error) {
    if (!isTruncation(error)) throw error;
    gzipCutShort = true;
  }
  if (rest !== '') {
    lineNumber += 1;
    onLine(rest, lineNumber);
  }
  return { lines: lineNumber, truncated: gzipCutShort || rest !== '' };
}
