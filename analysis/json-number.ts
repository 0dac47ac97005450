// A JSON number read straight from bytes, with exactly JSON.parse's result. Mantissas of up to 15
// significant digits and powers of ten up to 1e22 take Clinger's fast path (both exact doubles, one
// correctly rounded multiply or divide); anything longer is handed to Number() on the bytes' text.
// Returns NaN when the bytes are not the JSON number grammar. Cost: O(digits).

const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** Where the number parsed by the last parseJsonNumber call ended (one past its last byte). */
export let jsonNumberEnd = 0;

export function parseJsonNumber(bytes: Uint8Array, start: number, limit: number): number {
  // Every read is inside [start, limit): reading past a typed array's end would deoptimise the caller.
  let i = start;
  if (i >= limit) return NaN;
  let negative = false;
  if (bytes[i] === 45) {
    negative = true;
    i++;
    if (i >= limit) return NaN;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let c = bytes[i] ?? 0;
  if (c === 48) {
    i++;
  } else if (c >= 49 && c <= 57) {
    for (; i < limit; i++) {
      c = bytes[i] ?? 0;
      if (c < 48 || c > 57) break;
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    }
  } else {
    return NaN;
  }
  if (i < limit && bytes[i] === 46) {
    i++;
    const first = i;
    for (; i < limit; i++) {
      c = bytes[i] ?? 0;
      if (c < 48 || c > 57) break;
      mantissa = mantissa * 10 + (c - 48);
      if (mantissa !== 0) digits++;
      scale--;
    }
    if (i === first) return NaN;
  }
  if (i < limit && (bytes[i] === 101 || bytes[i] === 69)) {
    i++;
    if (i >= limit) return NaN;
    let expNegative = false;
    if (bytes[i] === 43 || bytes[i] === 45) {
      expNegative = bytes[i] === 45;
      i++;
    }
    const first = i;
    let exponent = 0;
    for (; i < limit; i++) {
      c = bytes[i] ?? 0;
      if (c < 48 || c > 57) break;
      if (exponent < 100_000) exponent = exponent * 10 + (c - 48);
    }
    if (i === first) return NaN;
    scale += expNegative ? -exponent : exponent;
  }
  jsonNumberEnd = i;
  if (digits > 15 || scale > 22 || scale < -22) {
    return Number(Buffer.from(bytes.buffer, bytes.byteOffset + start, i - start).toString('latin1'));
  }
  const magnitude = scale >= 0 ? mantissa * (POW10[scale] ?? 1) : mantissa / (POW10[-scale] ?? 1);
  return negative ? -magnitude : magnitude;
}
