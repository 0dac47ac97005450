// Number formatting for reasoning sentences (kept apart from the report's formatters: the rules are
// plain data and must not import the PDF code).

export function rps(v: number): string {
  return v >= 100 ? `${Math.round(v)} requests/s` : `${Number(v.toFixed(1))} requests/s`;
}

export function pct(fraction: number): string {
  return `${Math.round(fraction * 100)} %`;
}

export function secs(v: number): string {
  return v >= 120 && v % 60 === 0 ? `${v / 60} min` : `${Math.round(v)} s`;
}
