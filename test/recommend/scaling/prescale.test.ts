import { describe, expect, it } from 'vitest';
import { expandProfile } from '../../../recommend/demand-series.ts';
import { scheduledActions } from '../../../recommend/scaling/prescale.ts';

describe('scheduled pre-scaling', () => {
  it('raises the minimum boot + warmup + 5 min before each event, to its peak at the target load', () => {
    const series = expandProfile({ label: 'p', source: 'assumed', startRps: 20, stages: [{ minutes: 60, toRps: 20 }, { minutes: 10, toRps: 120, event: 'Term start' }, { minutes: 30, toRps: 120, event: 'Term start' }, { minutes: 20, toRps: 20 }] });
    expect(series.events).toEqual([{ label: 'Term start', start: 60, end: 100 }]);
    const [a] = scheduledActions(series, 13.5, 4, 270);
    // 270 s → 5 min, + 5 min margin = 10 min before minute 60; 120 / 13.5 = 8.9 → 9.
    expect(a).toMatchObject({ name: 'prescale-term-start', startMinute: 50, endMinute: 100, minCapacity: 9 });
    expect(a?.reason).toContain('raised 10 min before it');
  });
});
