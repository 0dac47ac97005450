// Splits data into PutMetricData requests within the API limits: one namespace per request,
// ≤ 1000 data and ≤ 1 MB of payload. Size is estimated from the JSON the SDK sends (AWS JSON 1.0)
// with headroom, since the limit applies to the request as sent.
import type { MetricDatum, PutMetricDataCommandInput } from '@aws-sdk/client-cloudwatch';

export interface NamespacedData {
  readonly namespace: string;
  readonly data: readonly MetricDatum[];
}

export interface BatchLimits {
  readonly maxData: number;
  readonly maxBytes: number;
}

export const PUT_METRIC_DATA_LIMITS: BatchLimits = { maxData: 1000, maxBytes: 1_000_000 };

/** Room left under maxBytes for the envelope ({"Namespace":…,"MetricData":[…]}) and rounding. */
const ENVELOPE_BYTES = 1024;

export function batchPutMetricData(groups: readonly NamespacedData[], limits: BatchLimits = PUT_METRIC_DATA_LIMITS): PutMetricDataCommandInput[] {
  const requests: PutMetricDataCommandInput[] = [];
  for (const { namespace, data } of groups) {
    let batch: MetricDatum[] = [];
    let bytes = ENVELOPE_BYTES + Buffer.byteLength(namespace);
    for (const datum of data) {
      const size = datumBytes(datum) + 1; // + the comma
      if (size + ENVELOPE_BYTES > limits.maxBytes) throw new RangeError(`one ${datum.MetricName ?? 'metric'} datum is ${size} bytes, over the ${limits.maxBytes}-byte request limit`);
      if (batch.length > 0 && (batch.length >= limits.maxData || bytes + size > limits.maxBytes)) {
        requests.push({ Namespace: namespace, MetricData: batch });
        batch = [];
        bytes = ENVELOPE_BYTES + Buffer.byteLength(namespace);
      }
      batch.push(datum);
      bytes += size;
    }
    if (batch.length > 0) requests.push({ Namespace: namespace, MetricData: batch });
  }
  return requests;
}

/** Bytes of the datum as JSON (timestamps go on the wire as epoch seconds, shorter than ISO strings). */
export function datumBytes(datum: MetricDatum): number {
  return Buffer.byteLength(JSON.stringify(datum));
}
