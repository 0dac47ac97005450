// Inverse of a small symmetric positive (semi-)definite matrix by Gauss–Jordan elimination with
// partial pivoting; null when it is singular. For the k×k normal equations of a nonlinear fit
// (k = 3 for the USL). Cost: O(k³).

export function invert(m: readonly (readonly number[])[]): number[][] | null {
  const k = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: k }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r;
    const p = a[pivot];
    const scale = p?.[col] ?? 0;
    if (p === undefined || Math.abs(scale) < 1e-300) return null;
    [a[col], a[pivot]] = [p, a[col] ?? p];
    for (let j = 0; j < 2 * k; j++) p[j] = (p[j] ?? 0) / scale;
    for (let r = 0; r < k; r++) {
      const row = a[r];
      if (r === col || row === undefined) continue;
      const f = row[col] ?? 0;
      if (f !== 0) for (let j = 0; j < 2 * k; j++) row[j] = (row[j] ?? 0) - f * (p[j] ?? 0);
    }
  }
  return a.map((row) => row.slice(k));
}
