// Streams the lines of a k6 JSON output file, plain or gzipped, without loading it whole. A file cut
// short (k6 killed mid-write, gzip without its trailer) yields every complete line it has and says so.
import { createReadStream } from 'node:fs';
import { constants, createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

export interface StreamResult {
  readonly lines: number;
  /** The file ended mid-line or mid-gzip-stream. */
  readonly truncated: boolean;
}

export async function streamLines(path: string, onLine: (line: string, lineNumber: number) => void): Promise<StreamResult> {
  const file = createReadStream(path);
  let source: Readable = file;
  let gzipCutShort = false;
  if (path.endsWith('.gz')) {
    // SYNC_FLUSH: hand out what was decompressed so far instead of failing on a missing trailer.
    const gunzip = createGunzip({ finishFlush: constants.Z_SYNC_FLUSH });
    file.pipe(gunzip);
    file.on('error', (e) => gunzip.destroy(e));
    source = gunzip;
  }
  let rest = '';
  let lineNumber = 0;
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

function isTruncation(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || /unexpected end of file/i.test(String(error));
}
