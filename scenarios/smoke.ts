// smoke: one learner walks every transaction once (see lib/journeys/smoke.ts). Use it first against a
// new site: if it fails, nothing after it will mean anything.
import { smokeJourney } from './lib/journeys/smoke.ts';

export default function smoke(): void {
  smokeJourney();
}
