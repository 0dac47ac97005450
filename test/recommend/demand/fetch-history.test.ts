// Hourly request history from CloudWatch (moto's server): what PutMetricData stored comes back as
// hourly sums, oldest first.
import { PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudWatchClient } from '../../../aws/cloudwatch-client.ts';
import { startMoto, type MotoServer } from '../../../aws/moto.ts';
import { fetchRequestHistory } from '../../../recommend/demand/fetch-history.ts';

let moto: MotoServer;
beforeAll(async () => {
  moto = await startMoto();
});
afterAll(() => moto?.stop());

describe('fetchRequestHistory', () => {
  it('reads the load balancer’s RequestCount as hourly sums', async () => {
    const now = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
    const lb = 'app/moodle-alb/50dc6c495c0c9188';
    const cw = cloudWatchClient({ region: moto.region, endpoint: moto.endpoint });
    const hours = [3, 2, 1].map((h) => new Date(now.getTime() - h * 3_600_000));
    await cw.send(
      new PutMetricDataCommand({
        Namespace: 'AWS/ApplicationELB',
        MetricData: hours.flatMap((t, i) => [
          { MetricName: 'RequestCount', Dimensions: [{ Name: 'LoadBalancer', Value: lb }], Timestamp: t, Value: 1000 * (i + 1), Unit: 'Count' },
          { MetricName: 'RequestCount', Dimensions: [{ Name: 'LoadBalancer', Value: lb }], Timestamp: new Date(t.getTime() + 600_000), Value: 5, Unit: 'Count' },
          { MetricName: 'RequestCount', Dimensions: [{ Name: 'LoadBalancer', Value: 'app/other/1' }], Timestamp: t, Value: 99, Unit: 'Count' },
        ]),
      }),
    );
    cw.destroy();
    const points = await fetchRequestHistory({ region: moto.region, endpoint: moto.endpoint }, lb, now, 2);
    expect(points).toEqual(hours.map((t, i) => ({ t: t.getTime(), requests: 1000 * (i + 1) + 5 })));
  });
});
