// The hot path of ingest: one line of k6's JSON output read from bytes when it has the exact shape k6
// writes for a sample,
//   {"metric":"NAME","type":"Point","data":{"time":"RFC3339","value":NUMBER,"tags":{"k":"v",...}}}
// Every byte is checked against that shape (a string may not hold a backslash or a control byte), so a
// line accepted here is valid JSON that JSON.parse reads the same way. Anything else (a Metric
// declaration, metadata, escapes, another key order, a corrupt or cut line) returns −1 and the caller
// falls back to JSON.parse. The scanner also finds where the line ends (no Buffer.indexOf per line).
//
// Speed: lines repeat themselves. The start up to the time is the same for every sample of a metric;
// k6 writes the nine samples of one HTTP request (and the samples of one iteration) with the same time
// and the same tags, and the same tag sets come back request after request. So the start (by metric),
// the time (the last line's) and the tags-to-end-of-line (the last line's, or by a slot from a few of
// its bytes) are compared with the bytes last seen there, 8 bytes at a time (DataView.getFloat64
// against a Float64Array copy: an equal word means equal bytes, except for NaN patterns, which only
// make a match fail). A match reuses the parsed name, time and tag ids; only what changed is scanned
// byte by byte, and only bytes that were checked are ever remembered. No string is made unless a name
// is seen for the first time. Cost: O(line length); about 0.5 ns/byte for the compared parts, 2 ns/byte
// for the scanned ones (on this project's 2-core machine).
import { HASH_PRIME, HASH_SEED, type Interner } from './interner.ts';
import { jsonNumberEnd, parseJsonNumber } from './json-number.ts';
import type { K6Record } from './k6-record.ts';
import { Literal, RememberedBytes, stringEnd } from './byte-words.ts';
import { minuteStartMs, parseRfc3339Rest, rfc3339End } from './rfc3339.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Remembered line starts, one per metric name (slot from two of its bytes). */
const PREFIX_SLOTS = 64;
/** Remembered tag sets (a transaction's, a check's, an iteration's, per tenant and status). */
const TAIL_SLOTS = 128;

const HEAD = new Literal('{"metric":"');
const MIDDLE = new Literal('","type":"Point","data":{"time":"');
const VALUE = new Literal('","value":');
const TAGS = new Literal(',"tags":{');

// Tag keys we keep, recognised by length and bytes.
const T_NAME = 1;
const T_SCENARIO = 2;
const T_TENANT = 3;
const T_STATUS = 4;
const T_CHECK = 5;
const T_KIND = 6;

function tagKey(b: Uint8Array, s: number, len: number): number {
  const c = b[s];
  switch (len) {
    case 4:
      if (c === 110 && b[s + 1] === 97 && b[s + 2] === 109 && b[s + 3] === 101) return T_NAME; // name
      if (c === 107 && b[s + 1] === 105 && b[s + 2] === 110 && b[s + 3] === 100) return T_KIND; // kind
      return 0;
    case 5:
      return c === 99 && b[s + 1] === 104 && b[s + 2] === 101 && b[s + 3] === 99 && b[s + 4] === 107 ? T_CHECK : 0; // check
    case 6:
      if (c === 116 && b[s + 1] === 101 && b[s + 2] === 110 && b[s + 3] === 97 && b[s + 4] === 110 && b[s + 5] === 116) return T_TENANT; // tenant
      if (c === 115 && b[s + 1] === 116 && b[s + 2] === 97 && b[s + 3] === 116 && b[s + 4] === 117 && b[s + 5] === 115) return T_STATUS; // status
      return 0;
    case 8:
      return c === 115 && b[s + 1] === 99 && b[s + 2] === 101 && b[s + 3] === 110 && b[s + 4] === 97 && b[s + 5] === 114 && b[s + 6] === 105 && b[s + 7] === 111
        ? T_SCENARIO
        : 0; // scenario
    default:
      return 0;
  }
}

/** A remembered tags-to-end-of-line and the tag ids read from it. */
class RememberedTags extends RememberedBytes {
  name = -1;
  scenario = -1;
  tenant = -1;
  check = -1;
  kind = -1;
  status = -1;
}

export class K6JsonScanner {
  private readonly prefixes: (RememberedBytes | undefined)[] = new Array<RememberedBytes | undefined>(PREFIX_SLOTS).fill(undefined);
  private readonly prefixMetric = new Int32Array(PREFIX_SLOTS);
  private readonly time = new RememberedBytes();
  private timeMs = 0;
  private readonly minute = new RememberedBytes();
  private minuteMs = 0;
  private readonly tails: (RememberedTags | undefined)[] = new Array<RememberedTags | undefined>(TAIL_SLOTS).fill(undefined);
  private lastTail: RememberedTags | null = null;

  constructor(private readonly strings: Interner) {}

  private newTail(slot: number): RememberedTags {
    const t = new RememberedTags();
    this.tails[slot] = t;
    return t;
  }

  /**
   * Reads the line that starts at b[start] (bytes up to limit are there; dv views the same bytes) into
   * rec and returns the index of the newline that ends it. −1 when the line is not the fast shape or
   * has no newline before limit: rec is then undefined and the caller finds the line's end itself and
   * parses it with JSON.parse. A CR before the newline is allowed; other trailing blanks are not.
   */
  scanLine(b: Uint8Array, dv: DataView, start: number, limit: number, rec: K6Record): number {
    if (limit - start < 64) return -1;
    // `{"metric":"NAME","type":"Point","data":{"time":"`: the bytes last seen with this slot's name
    // (slot from the name's first and tenth bytes), or checked byte by byte and remembered.
    const slot = ((b[start + 11] ?? 0) * 31 + (b[start + 20] ?? 0)) & (PREFIX_SLOTS - 1);
    const prefix = this.prefixes[slot];
    let p: number;
    let metric: number;
    if (prefix !== undefined && prefix.length > 0 && start + prefix.length < limit && prefix.matches(b, dv, start)) {
      p = start + prefix.length;
      metric = this.prefixMetric[slot] ?? -1;
    } else {
      if (!HEAD.at(b, dv, start, limit)) return -1;
      p = start + 11;
      let h = HASH_SEED;
      const nameStart = p;
      for (; p < limit; p++) {
        const c = b[p] ?? 0;
        if (c === QUOTE) break;
        if (c < 0x20 || c === BACKSLASH) return -1;
        h = Math.imul(h ^ c, HASH_PRIME);
      }
      if (p >= limit || p === nameStart) return -1;
      if (!MIDDLE.at(b, dv, p, limit)) return -1;
      metric = this.strings.internHashed(b, nameStart, p, h >>> 0);
      p += 33;
      const remembered = prefix ?? new RememberedBytes();
      remembered.remember(b, dv, start, p - start);
      this.prefixes[slot] = remembered;
      this.prefixMetric[slot] = metric;
    }
    // `TIME","value":`: the same bytes as the last line's, or parsed.
    const time = this.time;
    if (time.length > 0 && p + time.length < limit && time.matches(b, dv, p)) {
      p += time.length;
    } else {
      // The minute (`YYYY-MM-DDTHH:MM:`) is the last one seen, or parsed and remembered.
      if (limit - p < 20) return -1;
      const minute = this.minute;
      if (!(minute.length === 17 && minute.matches(b, dv, p))) {
        const ms = minuteStartMs(b, p);
        if (ms !== ms) return -1; // NaN
        minute.remember(b, dv, p, 17);
        this.minuteMs = ms;
      }
      const timeMs = parseRfc3339Rest(b, p + 17, limit, this.minuteMs);
      if (timeMs !== timeMs) return -1; // NaN
      if (!VALUE.at(b, dv, rfc3339End, limit)) return -1;
      time.remember(b, dv, p, rfc3339End + 10 - p);
      this.timeMs = timeMs;
      p = rfc3339End + 10;
    }
    const value = parseJsonNumber(b, p, limit);
    if (value !== value || value === Infinity || value === -Infinity) return -1;
    p = jsonNumberEnd;
    // `,"tags":{…}}}`: the last line's (one request's samples share them), else the bytes last seen in
    // this tail's slot (tag sets recur request after request; the slot from the tail's length and a few
    // bytes where values differ), else checked and scanned.
    let tail = this.lastTail;
    let close: number;
    if (tail !== null && tail.length > 0 && p + tail.length < limit && tail.matches(b, dv, p)) {
      close = p + tail.length;
    } else {
      let end = b.indexOf(0x0a, p);
      if (end < 0 || end >= limit) return -1;
      if (b[end - 1] === 0x0d) end--;
      const n = end - p;
      // Sampled bytes stay inside the line (a read past the buffer would deoptimise this function).
      const h = n < 24 ? n : n * 31 + (b[p + 18] ?? 0) * 3 + (b[p + 22] ?? 0) * 5 + (b[p + (n >> 1)] ?? 0) * 7 + (b[p + (n >> 1) + 3] ?? 0) * 11 + (b[end - 5] ?? 0) * 13 + (b[end - 9] ?? 0) * 17 + (b[end - 14] ?? 0) * 19 + (b[end - 20] ?? 0);
      const slot = h & (TAIL_SLOTS - 1);
      tail = this.tails[slot] ?? this.newTail(slot);
      if (tail.length === n && tail.matches(b, dv, p)) {
        close = end;
      } else {
        if (!TAGS.at(b, dv, p, end)) return -1;
        close = this.scanTags(b, dv, p + 9, end, tail);
        if (close < 0) return -1;
        tail.remember(b, dv, p, close - p);
      }
      this.lastTail = tail;
    }
    // Nothing after the closing braces but the line's end.
    let nl = close;
    if (b[nl] === 0x0d) nl++;
    if (nl >= limit || b[nl] !== 0x0a) return -1;
    rec.metric = metric;
    rec.timeMs = this.timeMs;
    rec.value = value;
    rec.name = tail.name;
    rec.scenario = tail.scenario;
    rec.tenant = tail.tenant;
    rec.check = tail.check;
    rec.failureKind = tail.kind;
    rec.status = tail.status;
    return nl;
  }

  /** Scans `"k":"v",…}}}` from p, keeping the tags we use; the index after the last brace, or −1. */
  private scanTags(b: Uint8Array, dv: DataView, p: number, end: number, into: RememberedTags): number {
    let name = -1;
    let scenario = -1;
    let tenant = -1;
    let check = -1;
    let kind = -1;
    let status = -1;
    if (b[p] === 0x7d) {
      p++;
    } else {
      for (;;) {
        if (b[p] !== QUOTE) return -1;
        p++;
        const keyStart = p;
        p = stringEnd(b, dv, p, end);
        if (p < 0) return -1;
        const key = tagKey(b, keyStart, p - keyStart);
        if (b[p + 1] !== 0x3a || b[p + 2] !== QUOTE) return -1;
        p += 3;
        const valueStart = p;
        if (key === 0) {
          p = stringEnd(b, dv, p, end);
          if (p < 0) return -1;
        } else if (key === T_STATUS) {
          let n = 0;
          let numeric = true;
          for (; p < end; p++) {
            const c = b[p] ?? 0;
            if (c === QUOTE) break;
            if (c < 0x20 || c === BACKSLASH) return -1;
            if (c >= 48 && c <= 57 && n < 100_000) n = n * 10 + (c - 48);
            else numeric = false;
          }
          if (p >= end) return -1;
          status = numeric && p > valueStart ? n : -1;
        } else {
          let vh = HASH_SEED;
          for (; p < end; p++) {
            const c = b[p] ?? 0;
            if (c === QUOTE) break;
            if (c < 0x20 || c === BACKSLASH) return -1;
            vh = Math.imul(vh ^ c, HASH_PRIME);
          }
          if (p >= end) return -1;
          const id = this.strings.internHashed(b, valueStart, p, vh >>> 0);
          if (key === T_NAME) name = id;
          else if (key === T_SCENARIO) scenario = id;
          else if (key === T_TENANT) tenant = id;
          else if (key === T_CHECK) check = id;
          else kind = id;
        }
        p++; // the value's closing quote
        const sep = b[p];
        if (sep === 0x2c) {
          p++;
          continue;
        }
        if (sep === 0x7d) {
          p++;
          break;
        }
        return -1;
      }
    }
    // The tags object closed; data and the line close.
    if (!(p + 2 <= end && b[p] === 0x7d && b[p + 1] === 0x7d)) return -1;
    into.name = name;
    into.scenario = scenario;
    into.tenant = tenant;
    into.check = check;
    into.kind = kind;
    into.status = status;
    return p + 2;
  }
}
