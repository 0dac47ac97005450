// Think time between a learner's pages: uniform between the profile's bounds (MC_THINK_TIME,
// default 3–45 s, what browsing learners show).
import { sleep } from 'k6';
import { between } from './bounds.ts';
import { scenarioConfig } from './env.ts';

export function think(): void {
  sleep(between(scenarioConfig().thinkTime, Math.random()));
}
