// The EnvironmentDescription the testbed writes for `analyze --cloudwatch`: every metric it publishes
// for the profile's resources, with stable ids. Only Sum/Average/Maximum/Minimum: moto (the
// CloudWatch of the tests and demo) crashes on percentiles such as p95. Per-instance CPU gets the
// id ec2_cpu_<n>, n in launch order, so it is rewritten as the group launches instances.
import type { AwsTarget, EnvironmentDescription, MetricSpec } from '../aws/types.ts';
import { instanceCpuMetric, publishedMetrics, type PublishedMetric } from './metrics/catalogue.ts';
import type { ResourceIds } from './metrics/resource-ids.ts';

/** Region written when nothing is published (cloudwatch: null); moto's default in aws/moto.ts. */
const UNPUBLISHED_REGION = 'eu-west-2';

export interface EnvironmentShape {
  /** EnvironmentDescription.name. */
  readonly name: string;
  readonly database: boolean;
  readonly cache: boolean;
  readonly fileSystem: boolean;
  /** Where sessions live: 'cache' (memcached), 'database', or null (no session store modelled). */
  readonly sessions: 'cache' | 'database' | null;
  /** Every instance launched so far, in launch order. */
  readonly instances: readonly { readonly id: string; readonly index: number }[];
}

export function testbedEnvironment(ids: ResourceIds, shape: EnvironmentShape, cloudwatch: AwsTarget | null, periodSeconds: number): EnvironmentDescription {
  const m = publishedMetrics(ids);
  const spec = (id: string, label: string, metric: PublishedMetric, stat: string): MetricSpec => ({
    id,
    label,
    namespace: metric.namespace,
    metricName: metric.metricName,
    dimensions: { ...metric.dimensions },
    stat,
    unit: metric.unit,
  });
  const metrics: MetricSpec[] = [
    spec('alb_request_count', 'ALB requests', m.requestCount, 'Sum'),
    spec('alb_request_count_per_target', 'ALB requests per healthy target', m.requestCountPerTarget, 'Sum'),
    spec('alb_target_response_time', 'ALB target response time (mean)', m.targetResponseTime, 'Average'),
    spec('alb_target_5xx', 'Target 5XX responses', m.target5xx, 'Sum'),
    spec('alb_elb_5xx', 'Load balancer 5XX responses', m.elb5xx, 'Sum'),
    spec('alb_elb_502', 'Load balancer 502 (target refused: backlog full)', m.elb502, 'Sum'),
    spec('alb_elb_503', 'Load balancer 503 (no target)', m.elb503, 'Sum'),
    spec('alb_healthy_hosts', 'Healthy hosts', m.healthyHosts, 'Average'),
    spec('alb_unhealthy_hosts', 'Unhealthy hosts', m.unhealthyHosts, 'Average'),
    spec('asg_cpu', 'ASG CPU utilisation (mean)', m.asgCpu, 'Average'),
    spec('asg_cpu_max', 'ASG CPU utilisation (busiest instance)', m.asgCpu, 'Maximum'),
    spec('asg_in_service', 'Instances in service', m.groupInService, 'Average'),
    spec('asg_desired', 'Desired capacity', m.groupDesired, 'Average'),
    spec('asg_pending', 'Instances booting', m.groupPending, 'Average'),
  ];
  if (shape.database) {
    metrics.push(spec('rds_cpu', 'Database CPU utilisation', m.rdsCpu, 'Average'), spec('rds_connections', 'Database connections (mean)', m.rdsConnections, 'Average'));
  }
  if (shape.cache) {
    metrics.push(spec('cache_cpu', 'Session store CPU utilisation', m.cacheCpu, 'Average'), spec('cache_connections', 'Session store connections (mean)', m.cacheConnections, 'Average'));
  }
  if (shape.fileSystem) {
    metrics.push(
      spec('efs_total_io', 'File system IO bytes', m.efsTotalIo, 'Sum'),
      spec('efs_percent_io_limit', 'File system IO budget used', m.efsPercentIoLimit, 'Average'),
      spec('efs_client_connections', 'File system clients', m.efsClientConnections, 'Average'),
    );
  }
  for (const instance of shape.instances) {
    metrics.push(spec(`ec2_cpu_${instance.index}`, `EC2 CPU utilisation of ${instance.id} (instance ${instance.index})`, instanceCpuMetric(instance.id), 'Average'));
  }
  return {
    name: shape.name,
    region: cloudwatch?.region ?? UNPUBLISHED_REGION,
    ...(cloudwatch?.endpoint === undefined ? {} : { endpoint: cloudwatch.endpoint }),
    periodSeconds,
    ...(shape.sessions === null ? {} : { sessions: shape.sessions }),
    metrics,
  };
}
