// Sparkline geometry: the line with its gaps, the uncertainty band, markers and reference lines,
// as SVG path strings in a frame's own units. No DOM: the element only templates these strings.
import { areaPath, linePath } from './path.js';
import { linear, type Extent, type SparkPoint } from './extent.js';

/** The drawing box, in SVG user units, with insets that keep strokes and markers inside. */
export interface Frame {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface SparkScales {
  x: (value: number) => number;
  y: (value: number) => number;
}

/** A point worth a marker; one entry per point, naming every reason it is marked. */
export interface Marker {
  index: number;
  kinds: MarkerKind[];
}

export type MarkerKind = 'first' | 'last' | 'min' | 'max';

export const MARKER_KINDS: readonly MarkerKind[] = ['first', 'last', 'min', 'max'];

const DIGITS = 2;

/** round(value) keeps two decimals, as every coordinate in the paths does. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** sparkScales(extent, frame) maps periods left to right and values bottom to top inside the insets. */
export function sparkScales(extent: Extent, frame: Frame): SparkScales {
  return {
    x: linear(extent.x, [frame.left, frame.width - frame.right]),
    y: linear(extent.y, [frame.height - frame.bottom, frame.top]),
  };
}

const hasValue = (p: SparkPoint): boolean => p.value != null && Number.isFinite(p.value);
const hasBounds = (p: SparkPoint): boolean =>
  p.lower != null && p.upper != null && Number.isFinite(p.lower) && Number.isFinite(p.upper);

/**
 * sparklinePath(points, scales, connectGaps) is the line through the points in order. A missing
 * value breaks the line (a new `M` starts after it) unless `connectGaps` is true; a value alone
 * between gaps is a closed zero-length subpath (`M x,y Z`), drawn as a dot by round line caps.
 * Returns '' when no point has a value.
 */
export function sparklinePath(
  points: readonly SparkPoint[],
  scales: SparkScales,
  connectGaps = false,
): string {
  return linePath(
    connectGaps ? points.filter(hasValue) : points,
    (p) => scales.x(p.x),
    (p) => scales.y(p.value as number),
    hasValue,
    DIGITS,
  );
}

/**
 * sparklineBand(points, scales) is the area between the lower and upper bounds, broken where a
 * point lacks either bound. A bounded point alone between unbounded ones has no width to fill:
 * sparklineWhiskers draws it. Returns '' when no two neighbouring points have both bounds.
 */
export function sparklineBand(points: readonly SparkPoint[], scales: SparkScales): string {
  return areaPath(
    points,
    (p) => scales.x(p.x),
    (p) => scales.y(p.lower as number),
    (p) => scales.y(p.upper as number),
    (p, i, all) => hasBounds(p) && !lone(all, i),
    DIGITS,
  );
}

/** lone(points, i): point i has bounds and neither neighbour has. */
function lone(points: ArrayLike<SparkPoint>, i: number): boolean {
  return (
    hasBounds(points[i]) &&
    !(i > 0 && hasBounds(points[i - 1])) &&
    !(i < points.length - 1 && hasBounds(points[i + 1]))
  );
}

/**
 * sparklineWhiskers(points, scales) draws the bounds of a point whose neighbours have none (the
 * band cannot show an interval one period wide) as a vertical rule from lower to upper.
 * Returns '' when there is no such point.
 */
export function sparklineWhiskers(points: readonly SparkPoint[], scales: SparkScales): string {
  let d = '';
  points.forEach((p, i) => {
    if (!lone(points, i)) return;
    const x = round(scales.x(p.x));
    d += `M${x},${round(scales.y(p.lower as number))}V${round(scales.y(p.upper as number))}`;
  });
  return d;
}

/**
 * sparklineMarkers(points, kinds) picks the first and last points with a value and the lowest and
 * highest values (the earliest one on ties), keeping only the requested kinds. A point marked for
 * several reasons appears once, its kinds in the order first, last, min, max.
 */
export function sparklineMarkers(
  points: readonly SparkPoint[],
  kinds: readonly MarkerKind[],
): Marker[] {
  let first = -1;
  let last = -1;
  let min = -1;
  let max = -1;
  points.forEach((p, i) => {
    if (!hasValue(p)) return;
    const v = p.value as number;
    if (first < 0) first = i;
    last = i;
    if (min < 0 || v < (points[min].value as number)) min = i;
    if (max < 0 || v > (points[max].value as number)) max = i;
  });
  if (first < 0) return [];
  const at: Record<MarkerKind, number> = { first, last, min, max };
  const markers: Marker[] = [];
  for (const kind of MARKER_KINDS) {
    if (!kinds.includes(kind)) continue;
    const index = at[kind];
    const existing = markers.find((m) => m.index === index);
    if (existing) existing.kinds.push(kind);
    else markers.push({ index, kinds: [kind] });
  }
  return markers.sort((a, b) => a.index - b.index);
}

/** ruleAt(value, scales, x0, x1) is a horizontal rule at a value from x0 to x1 (period positions). */
export function ruleAt(value: number, scales: SparkScales, x0: number, x1: number): string {
  const y = round(scales.y(value));
  return `M${round(scales.x(x0))},${y}H${round(scales.x(x1))}`;
}

/**
 * nearestIndex(points, x) is the index of the point whose position is nearest to `x`, the earlier
 * one on ties; -1 for no points. Points must be in time order.
 */
export function nearestIndex(points: readonly SparkPoint[], x: number): number {
  let lo = 0;
  let hi = points.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid].x < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && x - points[lo - 1].x <= points[lo].x - x) return lo - 1;
  return lo;
}
