// Money for the report: whole units with thousands separators ("$12,345"), n/a when unknown.
import { NA } from './format.ts';

export function formatMoney(v: number | null | undefined, currency = 'USD'): string {
  if (typeof v !== 'number' || !Number.isFinite(v)) return NA;
  const text = Math.round(Math.abs(v)).toLocaleString('en-US');
  const sign = v < 0 ? '−' : '';
  return currency === 'USD' ? `${sign}$${text}` : `${sign}${text} ${currency}`;
}
