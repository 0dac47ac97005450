// What the analysis needs from run.json's k6 options: the p95 SLO (the http_req_duration threshold
// "p(95)<N") and whether the scenarios are open-model (arrival-rate executors) or closed (VU-driven).
// Pure; unknown shapes give null.

export function p95SloFromOptions(options: unknown): number | null {
  const thresholds = (options as { thresholds?: Record<string, unknown> } | null)?.thresholds;
  const list = thresholds?.['http_req_duration'];
  if (!Array.isArray(list)) return null;
  for (const entry of list) {
    const text = typeof entry === 'string' ? entry : (entry as { threshold?: unknown } | null)?.threshold;
    const m = typeof text === 'string' ? /^\s*p\(95\)\s*<=?\s*([\d.]+)\s*$/.exec(text) : null;
    if (m?.[1] !== undefined) return Number(m[1]);
  }
  return null;
}

export function openModelFromOptions(options: unknown): boolean | null {
  const scenarios = (options as { scenarios?: Record<string, { executor?: unknown }> } | null)?.scenarios;
  if (scenarios === undefined || scenarios === null) return null;
  const executors = Object.values(scenarios).map((s) => s.executor);
  if (executors.length === 0) return null;
  if (executors.every((e) => e === 'ramping-arrival-rate' || e === 'constant-arrival-rate')) return true;
  if (executors.every((e) => typeof e === 'string' && !e.endsWith('arrival-rate'))) return false;
  return null;
}
