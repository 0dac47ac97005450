// The two SDK clients alarms need, configured like aws/cloudwatch-client.ts: a local endpoint (moto)
// gets dummy credentials, real AWS the default provider chain.
import { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { cloudWatchClient } from '../cloudwatch-client.ts';
import type { AwsTarget } from '../types.ts';

export interface AlarmClients {
  readonly cloudwatch: CloudWatchClient;
  readonly autoscaling: AutoScalingClient;
  destroy(): void;
}

function isLoopback(endpoint: string): boolean {
  const host = new URL(endpoint).hostname;
  return host === 'localhost' || host.startsWith('127.') || host === '[::1]';
}

export function alarmClients(target: AwsTarget): AlarmClients {
  const cloudwatch = cloudWatchClient(target);
  const autoscaling = new AutoScalingClient({
    region: target.region,
    ...(target.endpoint === undefined ? {} : { endpoint: target.endpoint }),
    ...(target.endpoint !== undefined && isLoopback(target.endpoint)
      ? { credentials: { accessKeyId: 'moodle-capacity-local', secretAccessKey: 'moodle-capacity-local' } }
      : {}),
    maxAttempts: 6,
  });
  return {
    cloudwatch,
    autoscaling,
    destroy() {
      cloudwatch.destroy();
      autoscaling.destroy();
    },
  };
}
