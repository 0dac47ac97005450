// RFC 3339 timestamps as k6 writes them (`2026-11-26T17:40:01.123456789Z`, or with a `+01:00` offset)
// read straight from bytes into milliseconds since the epoch: no string, no Date.parse. Sub-millisecond
// digits are dropped (truncated, as Date.parse does). Anything else returns NaN so the caller can fall
// back to the general parser. Cost: O(length), a few integer operations.

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil); linear in d. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Where the timestamp parsed by the last parseRfc3339Bytes call ended (one past its last byte). */
export let rfc3339End = 0;

function digit(bytes: Uint8Array, i: number): number {
  return (bytes[i] ?? 0) - 48;
}

/** Two digits as a number, or −1 when either byte is not a digit. */
function two(bytes: Uint8Array, i: number): number {
  const a = digit(bytes, i);
  const b = digit(bytes, i + 1);
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The minute a timestamp starts with, `YYYY-MM-DDTHH:MM:` (17 bytes at p), as ms since the epoch read
 * as UTC (the zone comes at the end); NaN when those bytes are not that form. Callers that see the
 * same minute on line after line remember it and go on with parseRfc3339Rest.
 */
export function minuteStartMs(bytes: Uint8Array, p: number): number {
  const century = two(bytes, p);
  const yy = two(bytes, p + 2);
  const month = two(bytes, p + 5);
  const day = two(bytes, p + 8);
  const hour = two(bytes, p + 11);
  const minute = two(bytes, p + 14);
  if (
    century < 0 || yy < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
    bytes[p + 4] !== 45 || bytes[p + 7] !== 45 || bytes[p + 10] !== 84 || bytes[p + 13] !== 58 || bytes[p + 16] !== 58
  ) {
    return NaN;
  }
  return (daysFromCivil(century * 100 + yy, month, day) * 86400 + hour * 3600 + minute * 60) * 1000;
}

/** The rest of a timestamp from its seconds at p, `SS[.fraction](Z|±HH:MM)`, added to minuteMs; sets rfc3339End. */
export function parseRfc3339Rest(bytes: Uint8Array, p: number, limit: number, minuteMs: number): number {
  if (limit - p < 3) return NaN;
  const second = two(bytes, p);
  if (second < 0 || second > 59) return NaN;
  let i = p + 2;
  let ms = 0;
  if (i < limit && bytes[i] === 46) {
    i++;
    const first = i;
    for (; i < limit; i++) {
      const d = (bytes[i] ?? 0) - 48;
      if (d < 0 || d > 9) break;
      if (i - first < 3) ms = ms * 10 + d;
    }
    const kept = i - first;
    if (kept === 0) return NaN;
    if (kept === 1) ms *= 100;
    else if (kept === 2) ms *= 10;
  }
  if (i >= limit) return NaN;
  let offsetMinutes = 0;
  const zone = bytes[i];
  if (zone === 90) {
    i++;
  } else if (zone === 43 || zone === 45) {
    if (limit - i < 6 || bytes[i + 3] !== 58) return NaN;
    const oh = two(bytes, i + 1);
    const om = two(bytes, i + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offsetMinutes = (zone === 43 ? 1 : -1) * (oh * 60 + om);
    i += 6;
  } else {
    return NaN;
  }
  rfc3339End = i;
  return minuteMs + (second - offsetMinutes * 60) * 1000 + ms;
}

/**
 * Parses bytes[start, limit) from the beginning; sets rfc3339End. NaN when the bytes are not the strict
 * form YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM) with hours < 24, minutes and seconds < 60.
 */
export function parseRfc3339Bytes(bytes: Uint8Array, start: number, limit: number): number {
  if (limit - start < 20) return NaN;
  const minuteMs = minuteStartMs(bytes, start);
  return minuteMs !== minuteMs ? NaN : parseRfc3339Rest(bytes, start + 17, limit, minuteMs);
}
