// The AWS-shaped names the testbed publishes under, random per start (like a freshly created stack),
// so runs never mix their metrics in one CloudWatch.
import { randomBytes } from 'node:crypto';

export interface ResourceIds {
  /** ALB dimension value: app/<name>/<16 hex>. */
  readonly loadBalancer: string;
  /** Target group dimension value: targetgroup/<name>/<16 hex>. */
  readonly targetGroup: string;
  readonly autoScalingGroup: string;
  /** i-<17 hex>. */
  readonly instanceId: string;
}

export function newResourceIds(name = 'moodle-testbed'): ResourceIds {
  const hex = (chars: number): string => randomBytes(Math.ceil(chars / 2)).toString('hex').slice(0, chars);
  return {
    loadBalancer: `app/${name}/${hex(16)}`,
    targetGroup: `targetgroup/${name}/${hex(16)}`,
    autoScalingGroup: `${name}-asg`,
    instanceId: `i-${hex(17)}`,
  };
}
