import type { PutMetricDataCommandInput } from '@aws-sdk/client-cloudwatch';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MetricsPublisher } from '../../../testbed/metrics/publisher.ts';

const T0 = Date.UTC(2026, 10, 26, 12, 0, 3, 500); // mid-second, mid-period

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
});

function recorder() {
  const periods: [number, number][] = [];
  const sent: PutMetricDataCommandInput[] = [];
  const warnings: string[] = [];
  return {
    periods,
    sent,
    warnings,
    collect: (start: number, end: number): PutMetricDataCommandInput[] => {
      periods.push([start, end]);
      return [{ Namespace: 'N', MetricData: [{ MetricName: 'RequestCount', Value: 0 }] }];
    },
    warn: (m: string) => warnings.push(m),
  };
}

describe('MetricsPublisher', () => {
  it('closes periods on wall-clock boundaries, every period even without traffic, and the partial last one on stop', async () => {
    const r = recorder();
    const p = new MetricsPublisher({ periodSeconds: 10, collect: r.collect, send: async (i) => r.sent.push(i), warn: r.warn });
    await vi.advanceTimersByTimeAsync(25_000);
    await p.stop();
    const s = (ms: number): number => Date.UTC(2026, 10, 26, 12, 0, 0) + ms;
    expect(r.periods).toEqual([
      [T0, s(10_000)],
      [s(10_000), s(20_000)],
      [s(20_000), T0 + 25_000],
    ]);
    expect(r.sent).toHaveLength(3);
    expect(r.warnings).toEqual([]);
  });

  it('stop() resolves only after every PutMetricData has settled', async () => {
    const r = recorder();
    let finishSend: () => void = () => undefined;
    const send = vi.fn(() => new Promise<void>((resolve) => (finishSend = resolve)));
    const p = new MetricsPublisher({ periodSeconds: 1, collect: r.collect, send, warn: r.warn });
    await vi.advanceTimersByTimeAsync(300); // inside the first period
    expect(send).not.toHaveBeenCalled();
    let stopped = false;
    const stopping = p.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(send).toHaveBeenCalledTimes(1);
    expect(stopped).toBe(false);
    finishSend();
    await stopping;
    expect(stopped).toBe(true);
    // No more periods after stop.
    await vi.advanceTimersByTimeAsync(5000);
    expect(r.periods).toEqual([[T0, T0 + 300]]);
  });

  it('publishes nothing for a zero-length last period', async () => {
    const r = recorder();
    const p = new MetricsPublisher({ periodSeconds: 1, collect: r.collect, send: async () => undefined, warn: r.warn });
    await p.stop();
    expect(r.periods).toEqual([]);
  });

  it('logs a failing PutMetricData once per kind of failure and keeps publishing', async () => {
    const r = recorder();
    let calls = 0;
    const send = async (): Promise<void> => {
      calls++;
      const error = new Error(calls === 3 ? 'denied' : 'connect ECONNREFUSED');
      if (calls === 3) error.name = 'AccessDenied';
      else Object.assign(error, { code: 'ECONNREFUSED' });
      throw error;
    };
    const p = new MetricsPublisher({ periodSeconds: 1, collect: r.collect, send, warn: r.warn });
    await vi.advanceTimersByTimeAsync(4000);
    await p.stop();
    expect(calls).toBe(5);
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0]).toContain('ECONNREFUSED');
    expect(r.warnings[1]).toContain('AccessDenied');
  });
});
