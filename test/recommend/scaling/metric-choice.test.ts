import { describe, expect, it } from 'vitest';
import { chooseMetric } from '../../../recommend/scaling/metric-choice.ts';

const src = { source: 'measured' as const, note: 'test' };

describe('metric choice', () => {
  it('prefers requests per target without CPU evidence', () => {
    expect(chooseMetric({ cpu: null, bottleneck: null }).value).toBe('ALBRequestCountPerTarget');
  });

  it('chooses CPU when CPU is the bottleneck and follows the load', () => {
    expect(chooseMetric({ cpu: { interceptPct: 5, slopePctPerRps: 4, r2: 0.97 }, bottleneck: { value: 'web CPU', ...src } }).value).toBe('ASGAverageCPUUtilization');
  });

  it('does not choose CPU when the database is the limit, and says why', () => {
    const m = chooseMetric({ cpu: { interceptPct: 5, slopePctPerRps: 4, r2: 0.97 }, bottleneck: { value: 'database connections', ...src } });
    expect(m.value).toBe('ALBRequestCountPerTarget');
    expect(m.reasoning).toContain('database connections');
  });
});
