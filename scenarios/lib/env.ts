// The run's configuration from k6's __ENV, read and validated once per VU (see config.ts).
import { readConfig, type ScenarioConfig } from './config.ts';

let cached: ScenarioConfig | null = null;

export function scenarioConfig(): ScenarioConfig {
  cached ??= readConfig(__ENV);
  return cached;
}
