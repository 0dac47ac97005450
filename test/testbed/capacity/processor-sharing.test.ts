import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../testbed/clock/virtual-clock.ts';
import { ProcessorSharing } from '../../../testbed/capacity/processor-sharing.ts';

function run(cores: number, jobs: number[], startAt: number[] = jobs.map(() => 0)): { done: number[]; busy: number; clock: VirtualClock } {
  const clock = new VirtualClock();
  const cpu = new ProcessorSharing(cores, clock);
  const done: number[] = jobs.map(() => Number.NaN);
  jobs.forEach((work, i) => clock.setTimer(startAt[i] ?? 0, () => cpu.run(work, () => (done[i] = clock.now()))));
  clock.advanceTo(1e9);
  return { done, busy: cpu.busyCoreMs(), clock };
}

describe('ProcessorSharing', () => {
  it('runs a job alone at full speed', () => {
    expect(run(2, [40]).done).toEqual([40]);
  });

  it('gives each job a core while there are enough', () => {
    expect(run(2, [40, 60]).done).toEqual([40, 60]);
  });

  it('shares the cores equally beyond that: 3 jobs of 30 ms on 2 cores all end at 45 ms', () => {
    const { done, busy } = run(2, [30, 30, 30]);
    for (const t of done) expect(t).toBeCloseTo(45, 9);
    expect(busy).toBeCloseTo(90, 9); // work is conserved
  });

  it('speeds the others up when one finishes', () => {
    // 1 core: A 10 ms and B 30 ms together at half speed; A ends at 20, B has 20 left at full speed → 40.
    const { done } = run(1, [10, 30]);
    expect(done[0]).toBeCloseTo(20, 9);
    expect(done[1]).toBeCloseTo(40, 9);
  });

  it('integrates busy core-time, idle gaps excluded', () => {
    const { busy } = run(4, [10, 10], [0, 100]);
    expect(busy).toBeCloseTo(20, 9);
  });

  it('finishes zero work at once, synchronously', () => {
    const clock = new VirtualClock();
    const cpu = new ProcessorSharing(1, clock);
    let done = false;
    cpu.run(0, () => (done = true));
    expect(done).toBe(true);
    expect(clock.pending).toBe(0);
  });
});
