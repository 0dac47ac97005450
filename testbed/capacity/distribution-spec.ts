// A profile's service-time distribution, from its JSON description.
import type { DistributionSpec } from '../profiles/types.ts';
import { exponentialServiceTime, fixedServiceTime, lognormalServiceTime, type ServiceTimeDistribution } from './distributions.ts';

export function distributionFrom(spec: DistributionSpec): ServiceTimeDistribution {
  switch (spec.kind) {
    case 'lognormal':
      return lognormalServiceTime(spec.cv);
    case 'exponential':
      return exponentialServiceTime();
    case 'fixed':
      return fixedServiceTime();
  }
}
