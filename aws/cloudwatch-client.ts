// One place that builds the CloudWatch client, so an endpoint (moto's server on 127.0.0.1 in the demo
// and tests) and the region are configured the same way everywhere.
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { AwsTarget } from './types.ts';

// Our lockfile pins an SDK that supports Node 20; its notice about future releases is noise on every run.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

export interface ClientOptions {
  /** The SDK's own attempts per call (GetMetricData retries itself: aws/retry.ts, so it passes 1). */
  readonly maxAttempts?: number;
  /** AWS shared-config profile for credentials. */
  readonly profile?: string;
}

export function cloudWatchClient(target: AwsTarget, options: ClientOptions = {}): CloudWatchClient {
  return new CloudWatchClient({
    region: target.region,
    ...(target.endpoint === undefined ? {} : { endpoint: target.endpoint }),
    // A local endpoint (moto) accepts any credentials; real AWS uses the default provider chain.
    ...(target.endpoint !== undefined && isLoopbackEndpoint(target.endpoint)
      ? { credentials: { accessKeyId: 'moodle-capacity-local', secretAccessKey: 'moodle-capacity-local' } }
      : {}),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    maxAttempts: options.maxAttempts ?? 6,
  });
}

function isLoopbackEndpoint(endpoint: string): boolean {
  const host = new URL(endpoint).hostname;
  return host === 'localhost' || host.startsWith('127.') || host === '[::1]';
}
