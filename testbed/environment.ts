// The EnvironmentDescription the testbed writes for `analyze --cloudwatch`. Only Sum/Average
// statistics: moto (the CloudWatch of the tests and demo) crashes on percentiles such as p95.
import type { AwsTarget, EnvironmentDescription, MetricSpec } from '../aws/types.ts';
import { publishedMetrics, type PublishedMetric } from './metrics/catalogue.ts';
import type { ResourceIds } from './metrics/resource-ids.ts';

/** Region written when nothing is published (cloudwatch: null); moto's default in aws/moto.ts. */
const UNPUBLISHED_REGION = 'eu-west-2';

export function testbedEnvironment(ids: ResourceIds, cloudwatch: AwsTarget | null, periodSeconds: number): EnvironmentDescription {
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
  return {
    name: 'moodle-testbed',
    region: cloudwatch?.region ?? UNPUBLISHED_REGION,
    ...(cloudwatch?.endpoint === undefined ? {} : { endpoint: cloudwatch.endpoint }),
    periodSeconds,
    metrics: [
      spec('alb_request_count', 'ALB requests', m.requestCount, 'Sum'),
      spec('alb_target_response_time', 'ALB target response time (mean)', m.targetResponseTime, 'Average'),
      spec('alb_target_5xx', 'Target 5XX responses', m.target5xx, 'Sum'),
      spec('alb_elb_5xx', 'Load balancer 5XX responses (backlog full)', m.elb5xx, 'Sum'),
      spec('asg_cpu', 'ASG CPU utilisation (mean)', m.asgCpu, 'Average'),
      spec('alb_healthy_hosts', 'Healthy hosts', m.healthyHosts, 'Average'),
    ],
  };
}
