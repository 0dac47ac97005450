// Test support: grid points with defaults, so a test states only what it is about.
import type { GridPoint } from '../../../analysis/types.ts';

export const T0 = Date.UTC(2026, 10, 26, 10, 0, 0);

export function point(i: number, fields: Partial<GridPoint>, periodSeconds = 60): GridPoint {
  const requests = fields.requests ?? 600;
  return {
    t: T0 + i * periodSeconds * 1000,
    requests,
    failed: 0,
    rps: requests / periodSeconds,
    errorRate: 0,
    failedByStatus: { none: 0, '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': fields.failed ?? 0, unknown: 0 },
    p95Ms: 200,
    meanLatencyMs: 100,
    vusMax: 10,
    vusMean: 10,
    vusAllocated: 50,
    instances: null,
    concurrency: 1,
    iterations: 10,
    iterationDurationMeanMs: 30_000,
    droppedIterations: 0,
    checksFailed: 0,
    dataReceivedBytes: 0,
    dataSentBytes: 0,
    cloudwatch: {},
    ...fields,
  };
}
