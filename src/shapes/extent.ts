// Extents and linear scales for sparklines: tiny, allocation-light helpers used a thousand times
// on a page, so they avoid the generality (and weight) of d3-scale.

/** A horizontal and a vertical domain: `x` in period positions (decimal years), `y` in values. */
export interface Extent {
  x: [number, number];
  y: [number, number];
}

/** One observation of a series: its position on the time axis and its value (`null` = missing). */
export interface SparkPoint {
  /** Period id as written in the data (`2019`, `2023-Q1`); '' for a bare list of values. */
  period: string;
  /** Position on the time axis: the period start as a decimal year, or the index for bare lists. */
  x: number;
  value: number | null;
  /** Lower bound of an uncertainty interval, when known. */
  lower?: number;
  /** Upper bound of an uncertainty interval, when known. */
  upper?: number;
}

/**
 * sparkExtent(points, extra) is the smallest extent holding every point's x, every finite value
 * and bound, and the finite numbers in `extra` (reference values, zero). Points without a value still
 * widen x when `keepMissing` is true (a series that ends in missing years keeps its full span).
 * Returns null when no finite value exists.
 */
export function sparkExtent(
  points: readonly SparkPoint[],
  extra: Iterable<number> = [],
  keepMissing = false,
): Extent | null {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    const v = p.value;
    if (v != null && Number.isFinite(v)) {
      if (v < y0) y0 = v;
      if (v > y1) y1 = v;
    } else if (!keepMissing) {
      continue;
    }
    if (p.x < x0) x0 = p.x;
    if (p.x > x1) x1 = p.x;
    if (p.lower != null && Number.isFinite(p.lower) && p.lower < y0) y0 = p.lower;
    if (p.upper != null && Number.isFinite(p.upper) && p.upper > y1) y1 = p.upper;
  }
  if (!(y0 <= y1)) return null;
  for (const v of extra) {
    if (Number.isFinite(v)) {
      if (v < y0) y0 = v;
      if (v > y1) y1 = v;
    }
  }
  return { x: [x0, x1], y: [y0, y1] };
}

/** unionExtent(a, b) is the smallest extent holding both; null counts as empty. */
export function unionExtent(a: Extent | null, b: Extent | null): Extent | null {
  if (!a) return b;
  if (!b) return a;
  return {
    x: [Math.min(a.x[0], b.x[0]), Math.max(a.x[1], b.x[1])],
    y: [Math.min(a.y[0], b.y[0]), Math.max(a.y[1], b.y[1])],
  };
}

/** containsExtent(outer, inner) is true when `inner` lies within `outer`. */
export function containsExtent(outer: Extent | null, inner: Extent | null): boolean {
  if (!inner) return true;
  if (!outer) return false;
  return (
    outer.x[0] <= inner.x[0] &&
    outer.x[1] >= inner.x[1] &&
    outer.y[0] <= inner.y[0] &&
    outer.y[1] >= inner.y[1]
  );
}

/** sameExtent(a, b) compares two extents by value. */
export function sameExtent(a: Extent | null, b: Extent | null): boolean {
  if (!a || !b) return a === b;
  return a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1];
}

/**
 * linear(domain, range) maps a domain onto a range in a straight line. A domain of zero width
 * (one period, or a flat series) maps every value to the middle of the range.
 */
export function linear(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d0 === d1) {
    const middle = (r0 + r1) / 2;
    return () => middle;
  }
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}
