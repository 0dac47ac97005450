// What a CloudWatch metric tells the capacity model, from its namespace, name, dimensions and
// statistic (an explicit `role` in the environment description wins). For offline input, where only
// a query id and label are known, the ids this tool's environment expansion and the testbed use.
import type { MetricRole } from '../analysis/types.ts';
import type { MetricSpec } from './types.ts';

export function inferRole(spec: Pick<MetricSpec, 'namespace' | 'metricName' | 'dimensions' | 'stat' | 'role'>): MetricRole | null {
  if (spec.role !== undefined) return spec.role;
  const stat = spec.stat.toLowerCase();
  const dims = Object.keys(spec.dimensions);
  const mean = stat === 'average';
  switch (`${spec.namespace} ${spec.metricName}`) {
    case 'AWS/ApplicationELB RequestCount':
      return dims.includes('TargetGroup') || stat !== 'sum' ? null : 'requests';
    case 'AWS/ApplicationELB TargetResponseTime':
      return mean ? 'latency' : null;
    case 'AWS/ApplicationELB HTTPCode_Target_5XX_Count':
    case 'AWS/ApplicationELB HTTPCode_ELB_5XX_Count':
      return 'errors';
    case 'AWS/ApplicationELB HealthyHostCount':
    case 'AWS/AutoScaling GroupInServiceInstances':
      return mean ? 'instances' : null;
    case 'AWS/EC2 CPUUtilization':
      return mean && dims.includes('AutoScalingGroupName') ? 'web_cpu' : null;
    case 'AWS/RDS CPUUtilization':
      return mean ? 'db_cpu' : null;
    case 'AWS/RDS DatabaseConnections':
      return mean ? 'db_connections' : null;
    case 'AWS/ElastiCache CPUUtilization':
    case 'AWS/ElastiCache EngineCPUUtilization':
      return mean ? 'session_cpu' : null;
    case 'AWS/ElastiCache DatabaseMemoryUsagePercentage':
      return 'session_memory';
    case 'AWS/EFS PercentIOLimit':
      return 'fs_io';
    default:
      return null;
  }
}

const BY_ID: readonly [RegExp, MetricRole][] = [
  [/^alb_request_count$/, 'requests'],
  [/^alb_target_response_time$/, 'latency'],
  [/^alb_(target|elb)_5xx$/, 'errors'],
  [/^asg_in_service$/, 'instances'],
  [/^alb_healthy_hosts$/, 'instances'],
  [/^(asg|web)_cpu$/, 'web_cpu'],
  [/^(rds|db)_cpu$/, 'db_cpu'],
  [/^(rds|db)_connections$/, 'db_connections'],
  [/^(cache|session|redis|memcached)_(engine_)?cpu$/, 'session_cpu'],
  [/^efs_percent_io_limit$/, 'fs_io'],
];

/** The role of an offline series known only by its query id. */
export function inferRoleFromId(id: string): MetricRole | null {
  return BY_ID.find(([re]) => re.test(id))?.[1] ?? null;
}
