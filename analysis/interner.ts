// Byte strings (tag values, metric names) to small dense ids without making a JS string per sample:
// FNV-1a hash over the bytes, an open-addressing table of ids, the bytes themselves in one growable
// arena. A string is decoded once, when it is first seen. The number of distinct strings is capped so a
// tag with unbounded values (a URL with ids in it) cannot exhaust memory: past the cap every new
// string gets OVERFLOW_ID and the caller reports it.
// Cost: O(length) to hash and compare; memory O(total distinct bytes).

export const OVERFLOW_ID = -2;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over bytes[start, end): the hash the scanners compute as they walk a string. */
export function fnv1a(bytes: Uint8Array, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] ?? 0), FNV_PRIME);
  return h >>> 0;
}

export const HASH_SEED = FNV_OFFSET;
export const HASH_PRIME = FNV_PRIME;

export class Interner {
  private table = new Int32Array(1024); // id + 1, 0 = empty
  private hashes: number[] = [];
  private starts: number[] = [];
  private lengths: number[] = [];
  private arena = Buffer.alloc(4096);
  private used = 0;
  private readonly strings: string[] = [];
  /** Strings refused because the cap was reached (each refusal counted, not each distinct string). */
  overflowed = 0;

  constructor(readonly maxStrings = 100_000) {}

  get size(): number {
    return this.strings.length;
  }

  /** The id of bytes[start, end) whose FNV-1a hash the caller already computed (see fnv1a). */
  internHashed(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const mask = this.table.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot] ?? 0;
      if (entry === 0) return this.insert(bytes, start, end, hash, slot);
      const id = entry - 1;
      if (this.hashes[id] === hash && this.lengths[id] === length && this.sameBytes(id, bytes, start, length)) return id;
    }
  }

  intern(bytes: Uint8Array, start: number, end: number): number {
    return this.internHashed(bytes, start, end, fnv1a(bytes, start, end));
  }

  internString(text: string): number {
    const bytes = Buffer.from(text, 'utf8');
    return this.intern(bytes, 0, bytes.length);
  }

  text(id: number): string {
    return this.strings[id] ?? '(other)';
  }

  private sameBytes(id: number, bytes: Uint8Array, start: number, length: number): boolean {
    const arena = this.arena;
    const at = this.starts[id] ?? 0;
    for (let i = 0; i < length; i++) if (arena[at + i] !== bytes[start + i]) return false;
    return true;
  }

  private insert(bytes: Uint8Array, start: number, end: number, hash: number, slot: number): number {
    if (this.strings.length >= this.maxStrings) {
      this.overflowed += 1;
      return OVERFLOW_ID;
    }
    const length = end - start;
    if (this.used + length > this.arena.length) {
      const grown = Buffer.alloc(Math.max(this.arena.length * 2, this.used + length));
      this.arena.copy(grown, 0, 0, this.used);
      this.arena = grown;
    }
    const id = this.strings.length;
    this.arena.set(bytes.subarray(start, end), this.used);
    this.starts.push(this.used);
    this.lengths.push(length);
    this.hashes.push(hash);
    this.strings.push(Buffer.from(bytes.buffer, bytes.byteOffset + start, length).toString('utf8'));
    this.used += length;
    this.table[slot] = id + 1;
    if (this.strings.length * 2 > this.table.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    });
    this.table = table;
  }
}
