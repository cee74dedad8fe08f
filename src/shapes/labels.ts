// Label placement along one axis: labels want to sit at their targets but must not overlap.

/**
 * dodge(targets, gap, lo, hi) moves labels wanting positions `targets` apart so that any two are
 * at least `gap` apart and all lie within [lo, hi], moving each as little as a sweep down and a
 * sweep up allow. Returns positions in the order of `targets`. When the labels cannot fit, they
 * are spread evenly from lo to hi.
 */
export function dodge(targets: readonly number[], gap: number, lo: number, hi: number): number[] {
  const n = targets.length;
  if (n === 0) return [];
  const order = targets.map((_, i) => i).sort((a, b) => targets[a] - targets[b] || a - b);
  const out = new Array<number>(n);
  if (gap * (n - 1) > hi - lo) {
    const step = n > 1 ? (hi - lo) / (n - 1) : 0;
    order.forEach((index, k) => (out[index] = lo + k * step));
    return out;
  }
  const placed = order.map((i) => Math.min(hi, Math.max(lo, targets[i])));
  for (let k = 1; k < n; k += 1) placed[k] = Math.max(placed[k], placed[k - 1] + gap);
  if (placed[n - 1] > hi) placed[n - 1] = hi;
  for (let k = n - 2; k >= 0; k -= 1) placed[k] = Math.min(placed[k], placed[k + 1] - gap);
  order.forEach((index, k) => (out[index] = placed[k]));
  return out;
}
