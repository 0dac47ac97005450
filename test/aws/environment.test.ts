import { describe, expect, it } from 'vitest';
import { parseEnvironment } from '../../aws/environment.ts';

const good = { name: 'prod', region: 'eu-west-2', periodSeconds: 60, metrics: [{ id: 'alb_requests', namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', stat: 'Sum', dimensions: { LoadBalancer: 'app/x/1' } }] };

describe('parseEnvironment', () => {
  it('accepts a description and fills labels', () => {
    const env = parseEnvironment('env.json', good);
    expect(env.metrics[0]?.label).toBe('AWS/ApplicationELB RequestCount');
    expect(env.endpoint).toBeUndefined();
  });
  it('says what is wrong with a field', () => {
    expect(() => parseEnvironment('env.json', { ...good, periodSeconds: 45 })).toThrow('env.json: periodSeconds; expected 1, 5, 10, 30 or a multiple of 60, got 45');
    expect(() => parseEnvironment('env.json', { ...good, region: '' })).toThrow(/region; expected an AWS region/);
    expect(() => parseEnvironment('env.json', { ...good, metrics: [{ ...good.metrics[0], id: 'Bad-Id' }] })).toThrow(/metrics\[0\]\.id/);
  });
});
