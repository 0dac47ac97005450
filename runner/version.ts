// k6 version strings and their order. `k6 version` prints e.g. "k6 v2.2.0 (commit/devel, go1.26.8, linux/amd64)".

export const PINNED_K6_VERSION = '2.2.0';

export type Semver = readonly [number, number, number];

export function parseK6Version(output: string): Semver | null {
  const m = /\bk6 v(\d+)\.(\d+)\.(\d+)/.exec(output);
  if (m === null) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function compareSemver(a: Semver, b: Semver): number {
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** At least the pinned version, and the same major: k6 v3 may break the scenarios' APIs. */
export function isUsableK6(version: Semver, pinned: Semver = parseK6Version(`k6 v${PINNED_K6_VERSION}`) ?? [0, 0, 0]): boolean {
  return version[0] === pinned[0] && compareSemver(version, pinned) >= 0;
}

export function formatSemver(v: Semver): string {
  return `${v[0]}.${v[1]}.${v[2]}`;
}
