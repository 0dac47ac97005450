// Comparing and scanning bytes several at a time, for the ingest's hot path: literals and remembered
// byte runs as 8-byte words (DataView.getFloat64 against a Float64Array: equal words mean equal bytes;
// a NaN pattern only makes a match fail, never succeed), and the end of a JSON string found four
// bytes at a time. Cost: O(length / 8) to compare, O(length / 4) to scan.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Longest run a RememberedBytes holds; longer ones are never remembered. */
export const MAX_REMEMBERED = 512;

/** A literal as 8-byte words (read little-endian) plus its last length % 8 bytes. */
export class Literal {
  readonly bytes: Uint8Array;
  readonly words: Float64Array;
  constructor(text: string) {
    this.bytes = new Uint8Array(Buffer.from(text, 'latin1'));
    const view = new DataView(this.bytes.buffer);
    this.words = new Float64Array(Math.floor(this.bytes.length / 8)).map((_, i) => view.getFloat64(i * 8, true));
  }

  at(b: Uint8Array, dv: DataView, p: number, end: number): boolean {
    const n = this.bytes.length;
    if (p + n > end) return false;
    const words = this.words;
    let i = 0;
    for (let w = 0; w < words.length; w++, i += 8) if (dv.getFloat64(p + i, true) !== words[w]) return false;
    for (; i < n; i++) if (b[p + i] !== this.bytes[i]) return false;
    return true;
  }
}

/**
 * Bytes [from, from + length) remembered as words, to compare a later line's bytes with: the whole
 * words, then (when length is not a multiple of 8) the last 8 bytes as one more, overlapping word;
 * runs shorter than 8 bytes byte by byte.
 */
export class RememberedBytes {
  private readonly words = new Float64Array(MAX_REMEMBERED / 8);
  private readonly short = new Uint8Array(8);
  private last = 0;
  length = -1;

  remember(b: Uint8Array, dv: DataView, from: number, length: number): void {
    if (length > MAX_REMEMBERED) {
      this.length = -1;
      return;
    }
    if (length < 8) {
      for (let i = 0; i < length; i++) this.short[i] = b[from + i] ?? 0;
    } else {
      const whole = length >> 3;
      for (let w = 0; w < whole; w++) this.words[w] = dv.getFloat64(from + w * 8, true);
      this.last = dv.getFloat64(from + length - 8, true);
    }
    this.length = length;
  }

  /** Whether bytes [at, at + this.length) equal the remembered ones (the caller checks the bounds). */
  matches(b: Uint8Array, dv: DataView, at: number): boolean {
    const length = this.length;
    if (length < 8) {
      if (length < 0) return false;
      for (let i = 0; i < length; i++) if (b[at + i] !== this.short[i]) return false;
      return true;
    }
    const words = this.words;
    const whole = length >> 3;
    for (let w = 0; w < whole; w++) if (dv.getFloat64(at + w * 8, true) !== words[w]) return false;
    return (length & 7) === 0 || dv.getFloat64(at + length - 8, true) === this.last;
  }
}

/**
 * Index of the quote closing the string that starts at p, or -1 when a backslash or a control byte
 * comes first (or the line ends). Four bytes at a time: the zero-byte tests below fire for every word
 * that holds a quote, a backslash or a byte below 0x20 (and rarely for one that does not); such a word
 * is then read byte by byte.
 */
export function stringEnd(b: Uint8Array, dv: DataView, p: number, end: number): number {
  while (p + 4 <= end) {
    const x = dv.getUint32(p, true);
    const q = x ^ 0x22222222;
    const s = x ^ 0x5c5c5c5c;
    if ((((q - 0x01010101) & ~q) | ((s - 0x01010101) & ~s) | ((x - 0x20202020) & ~x) | 0) & 0x80808080) break;
    p += 4;
  }
  for (; p < end; p++) {
    const c = b[p] ?? 0;
    if (c === QUOTE) return p;
    if (c < 0x20 || c === BACKSLASH) return -1;
  }
  return -1;
}
