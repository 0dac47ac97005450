import { describe, expect, it } from 'vitest';
import { expandProfile, worstGrowth } from '../../../recommend/demand-series.ts';
import { headroomUtilisation, MAX_UTILISATION } from '../../../recommend/scaling/utilisation.ts';

const ramp = expandProfile({ label: 'ramp', source: 'assumed', startRps: 100, stages: [{ minutes: 10, toRps: 100 }, { minutes: 10, toRps: 200 }, { minutes: 10, toRps: 200 }] });

describe('headroom utilisation', () => {
  it('finds the steepest growth over the reaction time', () => {
    // Minutes are sampled mid-minute: the ramp reads 105, 115, … 195. Over 5 minutes the worst factor is
    // from its first minute: 105 → 155.
    const g = worstGrowth(ramp, 300);
    expect(g.factor).toBeCloseTo(155 / 105, 9);
    expect(g.atTick).toBe(10);
  });

  it('runs instances at 1/growth of what they sustain, rounded down to 5 %', () => {
    const u = headroomUtilisation(ramp, 300);
    expect(u.value).toBe(0.65); // 1/1.476 = 0.68 → 0.65
    expect(u.reasoning).toContain('×1.48 within 5 min');
  });

  it('ignores growth inside known events (they are pre-scaled)', () => {
    const known = expandProfile({ label: 'known', source: 'assumed', startRps: 100, stages: [{ minutes: 10, toRps: 100 }, { minutes: 10, toRps: 200, event: 'Exam' }, { minutes: 10, toRps: 200, event: 'Exam' }] });
    expect(headroomUtilisation(known, 300).value).toBe(MAX_UTILISATION);
  });
});
