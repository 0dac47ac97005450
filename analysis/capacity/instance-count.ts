// Web instances in service per period: from the best instance-count series (the auto scaling group's
// own count first, then the load balancer's healthy hosts), carried forward over gaps; else the
// environment description's fixed count; else unknown. A period in which an instance joined has a
// fractional mean (1.5), which is the right divisor for that period's per-instance throughput.
// Cost: O(points) per lookup; grids are at most a few thousand periods.
import type { CloudWatchSeries } from '../types.ts';

export interface InstanceCount {
  /** Mean instances in service during the period starting at t (ms), ≥ 1; null when unknown. */
  readonly at: (t: number) => number | null;
  readonly source: string;
  /** False when nothing counted the instances (per-instance figures then treat the site as one). */
  readonly known: boolean;
}

/**
 * A period's site rate put on `usual` instances: what that many would carry at the period's load per
 * instance (rps × usual ÷ its own instances). Unchanged when its count is unknown or the usual one.
 */
export function onUsualInstances(rps: number, instances: number | null, usual: number): number {
  return instances === null || instances === usual ? rps : (rps * usual) / instances;
}

export function instanceCount(series: readonly CloudWatchSeries[], hint: number | null): InstanceCount {
  const best = series
    .filter((s) => s.role === 'instances' && s.points.length > 0)
    .sort((a, b) => (a.namespace === 'AWS/AutoScaling' ? -1 : 0) - (b.namespace === 'AWS/AutoScaling' ? -1 : 0))[0];
  if (best !== undefined) {
    const pts = best.points;
    return {
      at: (t) => {
        let v: number | null = null;
        for (const p of pts) {
          if (p.t > t) break;
          v = p.v;
        }
        v ??= pts[0]?.v ?? null;
        return v === null ? null : Math.max(1, Math.round(v * 100) / 100);
      },
      source: `CloudWatch ${best.id}`,
      known: true,
    };
  }
  if (hint !== null) return { at: () => hint, source: 'the environment description (instances)', known: true };
  return { at: () => null, source: 'unknown: assumed 1', known: false };
}
