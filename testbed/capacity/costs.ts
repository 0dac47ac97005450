// What one request of each transaction costs each resource. The calibrated single-request time of a
// stock Moodle 5.0 on 2 cores (transactions.ts) is split into web CPU, database CPU and other wait;
// the split is chosen so the measured throughputs come out: login page 75 req/s (26.7 ms of CPU on
// 2 cores) and dashboard 19 req/s (105 ms), PHP and PostgreSQL sharing those cores.
import type { CostsSpec, TransactionCost } from '../profiles/types.ts';
import { BASE_SERVICE_MS } from './transactions.ts';

interface Shares {
  readonly cpu: number;
  readonly db: number;
  readonly ioKiB: number;
}

const CALIBRATED: Readonly<Record<string, Shares>> = {
  login_page: { cpu: 0.64, db: 0.1, ioKiB: 8 },
  dashboard: { cpu: 0.78, db: 0.13, ioKiB: 16 },
};
// Quiz pages write question attempt steps on every request: the most database-heavy pages.
const QUIZ: Shares = { cpu: 0.55, db: 0.3, ioKiB: 16 };
// File serving reads moodledata (the shared file system) more than it computes.
const FILE: Shares = { cpu: 0.5, db: 0.1, ioKiB: 512 };
const DEFAULT: Shares = { cpu: 0.7, db: 0.14, ioKiB: 8 };

function sharesOf(transaction: string): Shares {
  const calibrated = CALIBRATED[transaction];
  if (calibrated !== undefined) return calibrated;
  if (transaction.includes('quiz') || transaction.includes('attempt')) return QUIZ;
  if (transaction.endsWith('_file') || transaction.includes('pluginfile')) return FILE;
  return DEFAULT;
}

/** Calibrated mean single-request time of a transaction, ms (0 when the testbed does not know it). */
export function baseServiceMs(transaction: string): number {
  return (BASE_SERVICE_MS as Readonly<Record<string, number>>)[transaction] ?? 0;
}

/** Mean cost of one request at service-time scale 1, before the profile's scales. */
export function calibratedCost(transaction: string): TransactionCost {
  const total = baseServiceMs(transaction);
  const s = sharesOf(transaction);
  return { cpuMs: total * s.cpu, dbMs: total * s.db, waitMs: total * (1 - s.cpu - s.db), ioKiB: s.ioKiB };
}

export interface CostModel {
  /** Mean cost of one request of `transaction` (profile overrides, scales and tenants applied). */
  mean(transaction: string): TransactionCost;
}

/**
 * `webOnly`: the whole calibrated time is web CPU (the foundation's single-instance model, which
 * has no database); otherwise the profile's scales apply, with `cpuOverhead` from many tenants.
 */
export function costModel(costs: CostsSpec, serviceTimeScale: number, cpuOverhead: number, webOnly: boolean): CostModel {
  const cache = new Map<string, TransactionCost>();
  return {
    mean(transaction) {
      const hit = cache.get(transaction);
      if (hit !== undefined) return hit;
      const own = costs.transactions[transaction];
      const base = own ?? calibratedCost(transaction);
      const total = base.cpuMs + base.dbMs + base.waitMs;
      const cost: TransactionCost = webOnly
        ? { cpuMs: total * serviceTimeScale * costs.cpuScale, dbMs: 0, waitMs: 0, ioKiB: 0 }
        : {
            cpuMs: base.cpuMs * serviceTimeScale * costs.cpuScale * cpuOverhead,
            dbMs: base.dbMs * serviceTimeScale * costs.dbScale,
            waitMs: base.waitMs * serviceTimeScale,
            ioKiB: base.ioKiB * costs.ioScale,
          };
      cache.set(transaction, cost);
      return cost;
    },
  };
}
