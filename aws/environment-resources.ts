// The high-level environment description (a load balancer, an auto scaling group, an RDS instance, a
// cache cluster, a file system) expanded to the CloudWatch metrics that matter for Moodle's capacity,
// with the ids the testbed uses too, so reports and the capacity model see the same names.
import type { EnvironmentResources, MetricSpec } from './types.ts';

function spec(id: string, label: string, namespace: string, metricName: string, dimensions: Record<string, string>, stat: string, unit: string): MetricSpec {
  return { id, label, namespace, metricName, dimensions, stat, unit };
}

export function expandResources(r: EnvironmentResources): MetricSpec[] {
  const out: MetricSpec[] = [];
  if (r.loadBalancer !== undefined) {
    const lb = { LoadBalancer: r.loadBalancer };
    out.push(
      spec('alb_request_count', 'ALB requests', 'AWS/ApplicationELB', 'RequestCount', lb, 'Sum', 'Count'),
      spec('alb_target_response_time', 'ALB target response time (mean)', 'AWS/ApplicationELB', 'TargetResponseTime', lb, 'Average', 'Seconds'),
      spec('alb_target_5xx', 'Target 5XX responses', 'AWS/ApplicationELB', 'HTTPCode_Target_5XX_Count', lb, 'Sum', 'Count'),
      spec('alb_elb_5xx', 'Load balancer 5XX responses', 'AWS/ApplicationELB', 'HTTPCode_ELB_5XX_Count', lb, 'Sum', 'Count'),
    );
    if (r.targetGroup !== undefined) {
      out.push(spec('alb_healthy_hosts', 'Healthy hosts', 'AWS/ApplicationELB', 'HealthyHostCount', { TargetGroup: r.targetGroup, LoadBalancer: r.loadBalancer }, 'Average', 'Count'));
    }
  }
  if (r.autoScalingGroup !== undefined) {
    const asg = { AutoScalingGroupName: r.autoScalingGroup };
    out.push(
      spec('asg_cpu', 'ASG CPU utilisation (mean)', 'AWS/EC2', 'CPUUtilization', asg, 'Average', 'Percent'),
      spec('asg_cpu_max', 'ASG CPU utilisation (busiest instance)', 'AWS/EC2', 'CPUUtilization', asg, 'Maximum', 'Percent'),
      // Needs group metrics collection turned on for the group (missing otherwise, and reported so).
      spec('asg_in_service', 'Instances in service', 'AWS/AutoScaling', 'GroupInServiceInstances', asg, 'Average', 'Count'),
    );
  }
  if (r.rdsInstance !== undefined) {
    const db = { DBInstanceIdentifier: r.rdsInstance };
    out.push(
      spec('rds_cpu', 'Database CPU utilisation', 'AWS/RDS', 'CPUUtilization', db, 'Average', 'Percent'),
      spec('rds_connections', 'Database connections (mean)', 'AWS/RDS', 'DatabaseConnections', db, 'Average', 'Count'),
    );
  }
  if (r.cacheCluster !== undefined) {
    const cache = { CacheClusterId: r.cacheCluster };
    out.push(
      r.cacheEngine === 'redis'
        ? spec('cache_cpu', 'Session store engine CPU utilisation', 'AWS/ElastiCache', 'EngineCPUUtilization', cache, 'Average', 'Percent')
        : spec('cache_cpu', 'Session store CPU utilisation', 'AWS/ElastiCache', 'CPUUtilization', cache, 'Average', 'Percent'),
      spec('cache_connections', 'Session store connections (mean)', 'AWS/ElastiCache', 'CurrConnections', cache, 'Average', 'Count'),
    );
  }
  if (r.fileSystem !== undefined) {
    const fs = { FileSystemId: r.fileSystem };
    out.push(
      spec('efs_percent_io_limit', 'File system IO budget used', 'AWS/EFS', 'PercentIOLimit', fs, 'Average', 'Percent'),
      spec('efs_total_io', 'File system IO bytes', 'AWS/EFS', 'TotalIOBytes', fs, 'Sum', 'Bytes'),
    );
  }
  return out;
}
