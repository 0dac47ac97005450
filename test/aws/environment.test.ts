import { describe, expect, it } from 'vitest';
import { parseEnvironment } from '../../aws/environment.ts';
import { inferRole } from '../../aws/metric-roles.ts';

const good = { name: 'prod', region: 'eu-west-2', periodSeconds: 60, metrics: [{ id: 'alb_requests', namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', stat: 'Sum', dimensions: { LoadBalancer: 'app/x/1' } }] };

describe('parseEnvironment', () => {
  it('accepts an explicit metric list and fills labels', () => {
    const env = parseEnvironment('env.json', good);
    expect(env.metrics[0]?.label).toBe('AWS/ApplicationELB RequestCount');
    expect(env.endpoint).toBeUndefined();
    expect(env.periodSeconds).toBe(60);
  });

  it('expands resources to their standard metrics, with roles the capacity model understands', () => {
    const env = parseEnvironment('env.json', {
      region: 'eu-west-2',
      profile: 'moodle-prod',
      sessions: 'cache',
      resources: { loadBalancer: 'app/moodle/1', targetGroup: 'targetgroup/web/2', autoScalingGroup: 'moodle-web', rdsInstance: 'moodle-db', cacheCluster: 'moodle-sessions', cacheEngine: 'redis', fileSystem: 'fs-1' },
      metrics: [{ id: 'asg_cpu', namespace: 'AWS/EC2', metricName: 'CPUUtilization', stat: 'Average', dimensions: { AutoScalingGroupName: 'moodle-web' }, role: 'web_cpu', label: 'mine' }],
    });
    expect(env.profile).toBe('moodle-prod');
    expect(env.periodSeconds).toBeUndefined();
    const ids = env.metrics.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['alb_request_count', 'alb_healthy_hosts', 'asg_cpu', 'asg_in_service', 'rds_cpu', 'rds_connections', 'cache_cpu', 'efs_percent_io_limit']));
    expect(ids.filter((id) => id === 'asg_cpu')).toHaveLength(1);
    expect(env.metrics.find((m) => m.id === 'asg_cpu')?.label).toBe('mine');
    const roles = Object.fromEntries(env.metrics.map((m) => [m.id, inferRole(m)]));
    expect(roles).toMatchObject({ alb_request_count: 'requests', asg_cpu: 'web_cpu', asg_in_service: 'instances', rds_cpu: 'db_cpu', cache_cpu: 'session_cpu', efs_percent_io_limit: 'fs_io', asg_cpu_max: null });
    expect(env.metrics.find((m) => m.id === 'cache_cpu')?.metricName).toBe('EngineCPUUtilization');
  });

  it('says what is wrong with a field', () => {
    expect(() => parseEnvironment('env.json', { ...good, periodSeconds: 45 })).toThrow('env.json: periodSeconds; expected 1, 5, 10, 30 or a multiple of 60 (or omit it to choose from the run window), got 45');
    expect(() => parseEnvironment('env.json', { ...good, region: '' })).toThrow(/region; expected an AWS region/);
    expect(() => parseEnvironment('env.json', { ...good, metrics: [{ ...good.metrics[0], id: 'Bad-Id' }] })).toThrow(/metrics\[0\]\.id/);
    expect(() => parseEnvironment('env.json', { ...good, metrics: [{ ...good.metrics[0], role: 'cpu' }] })).toThrow(/metrics\[0\]\.role; expected one of requests/);
    expect(() => parseEnvironment('env.json', { region: 'eu-west-2', resources: { targetGroup: 't' } })).toThrow(/resources\.loadBalancer/);
    expect(() => parseEnvironment('env.json', { region: 'eu-west-2', resources: { database: 'x' } })).toThrow(/resources\.database; expected one of loadBalancer/);
    expect(() => parseEnvironment('env.json', { region: 'eu-west-2' })).toThrow(/metrics; expected a non-empty list, or resources to expand/);
    expect(() => parseEnvironment('env.json', { ...good, sessions: 'redis' })).toThrow(/sessions; expected database, cache or file/);
  });
});
