// The slices of a run kept by name (transactions, scenarios, tenants), keyed by the Interner's id, and
// the pass/fail counts of one k6 check. Cost: O(1) to find a slice.
import { GroupStats } from './group-stats.ts';

export class CheckCounts {
  passes = 0;
  fails = 0;
}

/** Slices keyed by interned id; -1 (tag absent) and OVERFLOW_ID (past the Interner's cap) have their own. */
export class Slices {
  readonly byId: (GroupStats | undefined)[] = [];
  private readonly special = new Map<number, GroupStats>();

  get(id: number): GroupStats {
    if (id < 0) {
      let g = this.special.get(id);
      if (g === undefined) {
        g = new GroupStats();
        this.special.set(id, g);
      }
      return g;
    }
    let g = this.byId[id];
    if (g === undefined) {
      g = new GroupStats();
      this.byId[id] = g;
    }
    return g;
  }

  merge(other: Slices): void {
    for (const [id, g] of other.entries()) this.get(id).merge(g);
  }

  entries(): [number, GroupStats][] {
    const out: [number, GroupStats][] = [];
    this.byId.forEach((g, id) => {
      if (g !== undefined) out.push([id, g]);
    });
    for (const [id, g] of this.special) out.push([id, g]);
    return out;
  }
}
