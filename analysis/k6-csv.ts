// k6's CSV output (`--out csv=FILE`): a header naming the columns, then one sample per row:
//   metric_name,timestamp,metric_value,check,error,error_code,expected_response,group,method,name,…,extra_tags,metadata
// Tags that are not columns (tenant, kind) are in extra_tags as k=v&k=v. Timestamps are Unix seconds
// by default (1-second resolution), or ms / µs / ns with timeFormat=unix_milli / unix_micro / unix_nano,
// or RFC 3339; the unit is told by the number of digits. Fields are read from bytes; a quoted field with
// doubled quotes is the only case that makes a string. Cost: O(line length).
import type { Interner } from './interner.ts';
import { jsonNumberEnd, parseJsonNumber } from './json-number.ts';
import type { K6Record } from './k6-record.ts';
import { parseRfc3339Bytes, rfc3339End } from './rfc3339.ts';

export interface CsvLayout {
  readonly columns: number;
  readonly metric: number;
  readonly time: number;
  readonly value: number;
  readonly name: number;
  readonly scenario: number;
  readonly tenant: number;
  readonly status: number;
  readonly check: number;
  readonly kind: number;
  readonly extraTags: number;
}

/** Timestamp resolutions seen, as a bit set: the caller notes 1-second timestamps. */
export const CSV_TIME_SECONDS = 1;
export const CSV_TIME_FINE = 2;

export type CsvResult = { readonly ok: true; readonly timeResolution: number } | { readonly ok: false; readonly reason: string };

export function csvLayout(header: string): CsvLayout | string {
  const names = header.replace(/^\uFEFF/, '').trim().split(',').map((n) => n.trim());
  const at = (n: string): number => names.indexOf(n);
  if (at('metric_name') < 0 || at('timestamp') < 0 || at('metric_value') < 0) {
    return `CSV header without metric_name, timestamp and metric_value; got ${JSON.stringify(header.slice(0, 120))}`;
  }
  return {
    columns: names.length,
    metric: at('metric_name'),
    time: at('timestamp'),
    value: at('metric_value'),
    name: at('name'),
    scenario: at('scenario'),
    tenant: at('tenant'),
    status: at('status'),
    check: at('check'),
    kind: at('kind'),
    extraTags: at('extra_tags'),
  };
}

const MAX_FIELDS = 256;
const fieldStart = new Int32Array(MAX_FIELDS);
const fieldEnd = new Int32Array(MAX_FIELDS);
/** 1 when the field was quoted and held doubled quotes (needs unescaping). */
const fieldEscaped = new Uint8Array(MAX_FIELDS);

/** Splits bytes[start, end) into fields (offsets in the module's arrays); -1 when the quoting is broken. */
function splitFields(b: Uint8Array, start: number, end: number): number {
  let n = 0;
  let p = start;
  for (;;) {
    if (n >= MAX_FIELDS) return -1;
    if (b[p] === 0x22) {
      let escaped = 0;
      let q = p + 1;
      for (;;) {
        if (q >= end) return -1;
        if (b[q] === 0x22) {
          if (b[q + 1] === 0x22 && q + 1 < end) {
            escaped = 1;
            q += 2;
            continue;
          }
          break;
        }
        q++;
      }
      fieldStart[n] = p + 1;
      fieldEnd[n] = q;
      fieldEscaped[n] = escaped;
      n++;
      p = q + 1;
      if (p === end) return n;
      if (b[p] !== 0x2c) return -1;
      p++;
    } else {
      let q = p;
      while (q < end && b[q] !== 0x2c) q++;
      fieldStart[n] = p;
      fieldEnd[n] = q;
      fieldEscaped[n] = 0;
      n++;
      if (q === end) return n;
      p = q + 1;
    }
  }
}

function fieldText(b: Uint8Array, i: number): string {
  const s = fieldStart[i] ?? 0;
  const text = Buffer.from(b.buffer, b.byteOffset + s, (fieldEnd[i] ?? 0) - s).toString('utf8');
  return fieldEscaped[i] === 1 ? text.replaceAll('""', '"') : text;
}

function internField(b: Uint8Array, i: number, strings: Interner): number {
  if (i < 0) return -1;
  const s = fieldStart[i] ?? 0;
  const e = fieldEnd[i] ?? 0;
  if (s === e) return -1;
  return fieldEscaped[i] === 1 ? strings.internString(fieldText(b, i)) : strings.intern(b, s, e);
}

/** Milliseconds from a CSV timestamp field; NaN when it is not one. Sets lastTimeResolution. */
let lastTimeResolution = 0;
function csvTime(b: Uint8Array, s: number, e: number): number {
  if (e - s >= 20 && b[s + 4] === 0x2d) {
    const t = parseRfc3339Bytes(b, s, e);
    lastTimeResolution = CSV_TIME_FINE;
    return rfc3339End === e ? t : NaN;
  }
  let n = 0;
  const digits = e - s;
  if (digits === 0 || digits > 19) return NaN;
  for (let i = s; i < e; i++) {
    const d = (b[i] ?? 0) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  if (digits <= 11) {
    lastTimeResolution = CSV_TIME_SECONDS;
    return n * 1000;
  }
  lastTimeResolution = CSV_TIME_FINE;
  if (digits <= 14) return n;
  if (digits <= 17) return Math.floor(n / 1000);
  return Math.floor(n / 1e6);
}

/** Looks for tenant=… and kind=… in extra_tags (k=v&k=v). */
function extraTags(b: Uint8Array, i: number, rec: K6Record, strings: Interner): void {
  if (fieldEscaped[i] === 1) {
    for (const pair of fieldText(b, i).split('&')) {
      const eq = pair.indexOf('=');
      const key = pair.slice(0, eq);
      if (key === 'tenant') rec.tenant = strings.internString(pair.slice(eq + 1));
      else if (key === 'kind') rec.failureKind = strings.internString(pair.slice(eq + 1));
    }
    return;
  }
  let p = fieldStart[i] ?? 0;
  const end = fieldEnd[i] ?? 0;
  while (p < end) {
    let amp = p;
    while (amp < end && b[amp] !== 0x26) amp++;
    let eq = p;
    while (eq < amp && b[eq] !== 0x3d) eq++;
    const len = eq - p;
    if (eq < amp) {
      if (len === 6 && b[p] === 116 && b[p + 1] === 101 && b[p + 2] === 110 && b[p + 3] === 97 && b[p + 4] === 110 && b[p + 5] === 116) {
        rec.tenant = strings.intern(b, eq + 1, amp);
      } else if (len === 4 && b[p] === 107 && b[p + 1] === 105 && b[p + 2] === 110 && b[p + 3] === 100) {
        rec.failureKind = strings.intern(b, eq + 1, amp);
      }
    }
    p = amp + 1;
  }
}

/** Reads one data row into rec. */
export function scanK6CsvRow(b: Uint8Array, start: number, end: number, layout: CsvLayout, rec: K6Record, strings: Interner): CsvResult {
  while (end > start && b[end - 1] === 0x0d) end--;
  const n = splitFields(b, start, end);
  if (n < 0) return { ok: false, reason: 'broken CSV quoting' };
  if (n !== layout.columns) return { ok: false, reason: 'wrong number of CSV fields' };
  const ms = fieldStart[layout.metric] ?? 0;
  const me = fieldEnd[layout.metric] ?? 0;
  if (ms === me) return { ok: false, reason: 'row without a metric name' };
  const time = csvTime(b, fieldStart[layout.time] ?? 0, fieldEnd[layout.time] ?? 0);
  if (!Number.isFinite(time)) return { ok: false, reason: 'row without a valid timestamp' };
  const vs = fieldStart[layout.value] ?? 0;
  const ve = fieldEnd[layout.value] ?? 0;
  const value = parseJsonNumber(b, vs, ve);
  if (!Number.isFinite(value) || jsonNumberEnd !== ve) return { ok: false, reason: 'row without a numeric value' };
  rec.metric = internField(b, layout.metric, strings);
  rec.timeMs = time;
  rec.value = value;
  rec.clearTags();
  rec.name = internField(b, layout.name, strings);
  rec.scenario = internField(b, layout.scenario, strings);
  rec.tenant = internField(b, layout.tenant, strings);
  rec.check = internField(b, layout.check, strings);
  rec.failureKind = internField(b, layout.kind, strings);
  if (layout.status >= 0) {
    const s = fieldStart[layout.status] ?? 0;
    const e = fieldEnd[layout.status] ?? 0;
    let status = 0;
    for (let i = s; i < e && status >= 0; i++) {
      const d = (b[i] ?? 0) - 48;
      status = d >= 0 && d <= 9 ? status * 10 + d : -1;
    }
    rec.status = e > s ? status : -1;
  }
  if (layout.extraTags >= 0) extraTags(b, layout.extraTags, rec, strings);
  return lastTimeResolution === CSV_TIME_SECONDS ? OK_SECONDS : OK_FINE;
}

const OK_SECONDS: CsvResult = { ok: true, timeResolution: CSV_TIME_SECONDS };
const OK_FINE: CsvResult = { ok: true, timeResolution: CSV_TIME_FINE };
