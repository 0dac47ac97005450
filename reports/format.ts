// Number and date formatting for the report. Every formatter accepts null (and non-finite numbers,
// which an analysis may carry after a division by zero) and shows it as "n/a" rather than a made-up 0.

export const NA = 'n/a';

const grouped0 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const grouped1 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function usable(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** A count with thousands separators: 12,345. */
export function formatCount(v: number | null | undefined): string {
  return usable(v) ? grouped0.format(Math.round(v)) : NA;
}

/** Milliseconds: no decimals from 100 ms up (the extra digit is noise there), one below. */
export function formatMs(v: number | null | undefined, withUnit = false): string {
  if (!usable(v)) return NA;
  const text = Math.abs(v) >= 100 ? grouped0.format(Math.round(v)) : grouped1.format(v);
  return withUnit ? `${text} ms` : text;
}

/** A rate given as a fraction (0.0123) shown as a percentage with 2 decimals (1.23%). */
export function formatPercent(rate: number | null | undefined): string {
  return usable(rate) ? `${(rate * 100).toFixed(2)}%` : NA;
}

/** Bytes in decimal units (what AWS bills and CloudWatch reports). */
export function formatBytes(v: number | null | undefined): string {
  if (!usable(v)) return NA;
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = v;
  let i = 0;
  while (Math.abs(value) >= 1000 && i < units.length - 1) {
    value /= 1000;
    i += 1;
  }
  return i === 0 ? `${Math.round(value)} B` : `${value.toFixed(1)} ${units[i] ?? ''}`;
}

/** Short axis numbers: 950, 12.5k, 3.4M; small values keep up to 2 decimals (tiny ones 2 digits). */
export function formatCompact(v: number | null | undefined): string {
  if (!usable(v)) return NA;
  const abs = Math.abs(v);
  if (abs >= 1e9) return `${trim(v / 1e9)}G`;
  if (abs >= 1e6) return `${trim(v / 1e6)}M`;
  if (abs >= 1e4) return `${trim(v / 1e3)}k`;
  if (abs >= 100) return String(Math.round(v));
  // Latencies in seconds and similar small metrics: keep 2 significant digits instead of showing 0.
  if (abs > 0 && abs < 0.01) return String(Number(v.toPrecision(2)));
  return trim(v);
}

/** Up to 1 decimal from 10 up, 2 below, without trailing zeros. */
function trim(v: number): string {
  return String(Number(v.toFixed(Math.abs(v) >= 10 ? 1 : 2)));
}

/** A timestamp (ISO string or ms since the epoch) as "2025-03-04 10:00:00 UTC". Unparseable text is
 *  shown as it came, since hiding it would lose information. */
export function formatUtc(v: string | number | null | undefined): string {
  if (v === null || v === undefined || v === '') return NA;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) return String(v);
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** A duration as "3 min 05 s" or "1 h 02 min". */
export function formatDuration(ms: number | null | undefined): string {
  if (!usable(ms) || ms < 0) return NA;
  const totalSeconds = Math.round(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return `${m} min ${String(s).padStart(2, '0')} s`;
  return `${s} s`;
}
