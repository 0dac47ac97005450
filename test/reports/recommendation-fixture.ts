// A recommendation built by the real pipeline from the staircase run: facts for what a run cannot
// measure, the assumed term-start peak, the example term calendar and the shipped price snapshot.
import { join } from 'node:path';
import type { Analysis } from '../../analysis/types.ts';
import { projectRoot } from '../../io/project-root.ts';
import { instancePrice, loadPrices } from '../../pricing/load-prices.ts';
import { buildRecommendation } from '../../recommend/build-recommendation.ts';
import { defaultPeakProfile } from '../../recommend/default-profile.ts';
import { loadCalendar } from '../../recommend/demand/load-calendar.ts';
import { capacityFromAnalysis } from '../../recommend/from-analysis.ts';
import type { Recommendation } from '../../recommend/recommendation-types.ts';

export function makeRecommendation(analysis: Analysis, withCalendar = true): Recommendation {
  const { capacity, region } = capacityFromAnalysis({
    analysis,
    facts: { bootSeconds: 180, warmupSeconds: 90, azCount: 2, baselineRps: 40, instanceType: 'm6a.xlarge', region: 'us-east-1' },
    flags: {},
  });
  const prices = loadPrices();
  return buildRecommendation({
    generatedAt: '2025-03-04T10:30:00.000Z',
    runDir: analysis.run.dir,
    region,
    capacity,
    peak: defaultPeakProfile(capacity.baselineRps.value),
    today: null,
    calendar: withCalendar ? loadCalendar(join(projectRoot(), 'examples', 'term-calendar.json')) : null,
    history: null,
    prices,
    price: instancePrice(prices, region, capacity.instanceType.value),
    priceProblem: null,
  });
}
