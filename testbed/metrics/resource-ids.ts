// The AWS-shaped names the testbed publishes under, random per start (like a freshly created stack),
// so runs never mix their metrics in one CloudWatch.
import { randomBytes } from 'node:crypto';

export interface ResourceIds {
  /** ALB dimension value: app/<name>/<16 hex>. */
  readonly loadBalancer: string;
  /** Target group dimension value: targetgroup/<name>/<16 hex>. */
  readonly targetGroup: string;
  readonly autoScalingGroup: string;
  /** RDS DBInstanceIdentifier. */
  readonly dbInstance: string;
  /** ElastiCache CacheClusterId (the session store). */
  readonly cacheCluster: string;
  /** EFS FileSystemId: fs-<17 hex>. */
  readonly fileSystem: string;
}

const hex = (chars: number): string => randomBytes(Math.ceil(chars / 2)).toString('hex').slice(0, chars);

export function newResourceIds(name = 'moodle-testbed'): ResourceIds {
  const suffix = hex(6);
  return {
    loadBalancer: `app/${name}/${hex(16)}`,
    targetGroup: `targetgroup/${name}/${hex(16)}`,
    autoScalingGroup: `${name}-asg-${suffix}`,
    dbInstance: `${name}-db-${suffix}`,
    cacheCluster: `${name}-sess-${suffix}`.slice(0, 40),
    fileSystem: `fs-${hex(17)}`,
  };
}

/** An EC2 instance id: i-<17 hex>. */
export function newInstanceId(): string {
  return `i-${hex(17)}`;
}
