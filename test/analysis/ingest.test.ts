// One run split over load generators (k6 --execution-segment, k6-operator pods) merges into exactly the
// unsplit run: counts add, histograms merge, VUs of the generators add up second by second.
import { describe, expect, it } from 'vitest';
import { buildGrid } from '../../analysis/grid.ts';
import { syntheticK6Lines, type SyntheticOptions } from '../../bench/k6-synthetic.ts';
import { ingestFiles, summarise } from './ingest-helpers.ts';

const run: SyntheticOptions = {
  seed: 9,
  startMs: Date.UTC(2026, 10, 26, 10, 0, 0),
  seconds: 90,
  rate: (s) => 1 + Math.floor(s / 10),
  tenants: ['uni-a', 'uni-b', 'college-c'],
  failureRate: 0.03,
  dropped: (s) => (s > 80 ? 1 : 0),
};

function files(runners: number): { name: string; text: string }[] {
  const out = Array.from({ length: runners }, () => [] as string[]);
  for (const { runner, line } of syntheticK6Lines({ ...run, runners })) out[runner]?.push(line);
  return out.map((lines, i) => ({ name: `k6-output-${i}.json`, text: `${lines.join('\n')}\n` }));
}

/** Every generator reports its own vus and vus_max each second: those sample counts are all that differ. */
function comparable(i: ReturnType<typeof ingestFiles>): unknown {
  const s = summarise(i.aggregate) as { samples: number; metrics: Record<string, number> };
  const { vus: _vus, vus_max: _vusMax, ...metrics } = s.metrics;
  return { ...s, samples: s.samples - (_vus ?? 0) - (_vusMax ?? 0), metrics };
}

describe('K6Ingest over several load generators', () => {
  it('gives the same totals, slices, percentiles and per-second VUs for 1, 2 and 3 segments', () => {
    const whole = ingestFiles(files(1));
    const expected = comparable(whole);
    const window = { startMs: run.startMs, endMs: run.startMs + run.seconds * 1000 };
    // Sums of durations add in another order: equal to 12 significant digits.
    const round = (v: number | null): number | null => (v === null ? null : Number(v.toPrecision(12)));
    const grid = (i: typeof whole): unknown =>
      buildGrid(i.aggregate.timeline, [], 10, window).map((p) => ({ ...p, meanLatencyMs: round(p.meanLatencyMs), concurrency: round(p.concurrency), iterationDurationMeanMs: round(p.iterationDurationMeanMs) }));
    for (const n of [2, 3]) {
      const split = ingestFiles(files(n));
      expect(split.files).toHaveLength(n);
      expect(comparable(split), `${n} segments`).toEqual(expected);
      expect(grid(split), `${n} segments`).toEqual(grid(whole));
    }
    expect(whole.aggregate.total.requests).toBeGreaterThan(2000);
    expect(whole.aggregate.total.droppedIterations).toBe(9);
  });

  it('adds the VUs of generators that report the same second', () => {
    const vus = (v: number, ms: number): string => `{"metric":"vus","type":"Point","data":{"time":"${new Date(ms).toISOString()}","value":${v},"tags":{}}}`;
    const t = run.startMs;
    // Generator A reports twice in one second (k6's ticker drifting): that second counts once, at its peak.
    const ingest = ingestFiles([
      { name: 'a.json', text: `${vus(3, t)}\n${vus(5, t + 900)}\n${vus(4, t + 1000)}\n` },
      { name: 'b.json', text: `${vus(10, t + 10)}\n${vus(12, t + 1010)}\n` },
    ]);
    const b0 = ingest.aggregate.timeline.buckets.get(t / 1000);
    const b1 = ingest.aggregate.timeline.buckets.get(t / 1000 + 1);
    expect([b0?.vusSum, b0?.vusSeconds, b0?.vusPeak]).toEqual([15, 1, 15]);
    expect([b1?.vusSum, b1?.vusSeconds, b1?.vusPeak]).toEqual([16, 1, 16]);
  });
});
