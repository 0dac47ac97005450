// Demand converted to instances: what the recommended policy runs each hour, at its target
// utilisation of the planning capacity, never below its minimum.
export function instancesPerHour(rps: readonly number[], perInstanceAtTarget: number, minCapacity: number): number[] {
  return rps.map((d) => Math.max(minCapacity, Math.ceil(d / perInstanceAtTarget - 1e-9)));
}
