// What a reader is told about a series: where it starts and ends, how much it changed, its lows
// and highs. Shared by the accessible sentence, the card and the tooltip.
import type { Better } from '../data/types.js';
import type { SparkPoint } from './extent.js';

export type ChangeDirection = 'up' | 'down' | 'flat';
/** Whether a change is good news given the indicator's `better`. */
export type Outcome = 'better' | 'worse' | 'neutral';

export interface SparkSummary {
  /** First and last points with a value. */
  first: SparkPoint;
  last: SparkPoint;
  /** Lowest and highest values; the earliest point on ties. */
  min: SparkPoint;
  max: SparkPoint;
  /** Points with a value. */
  count: number;
  /** Points without a value between the first and the last. */
  missing: number;
  /** last - first. */
  change: number;
  /** Change relative to the first value, in percent; null when the first value is zero. */
  changePercent: number | null;
  direction: ChangeDirection;
}

/**
 * sparkSummary(points) describes a series in time order; null when no point has a value.
 * Missing points before the first and after the last value are not counted as missing.
 */
export function sparkSummary(points: readonly SparkPoint[]): SparkSummary | null {
  let first = -1;
  let last = -1;
  let min = -1;
  let max = -1;
  let count = 0;
  points.forEach((p, i) => {
    const v = p.value;
    if (v == null || !Number.isFinite(v)) return;
    count += 1;
    if (first < 0) first = i;
    last = i;
    if (min < 0 || v < (points[min].value as number)) min = i;
    if (max < 0 || v > (points[max].value as number)) max = i;
  });
  if (first < 0) return null;
  const a = points[first].value as number;
  const b = points[last].value as number;
  const change = b - a;
  return {
    first: points[first],
    last: points[last],
    min: points[min],
    max: points[max],
    count,
    missing: last - first + 1 - count,
    change,
    changePercent: a === 0 ? null : (change / Math.abs(a)) * 100,
    direction: change > 0 ? 'up' : change < 0 ? 'down' : 'flat',
  };
}

/** outcome(direction, better) is 'better' when the change goes the good way, 'worse' the other way. */
export function outcome(direction: ChangeDirection, better: Better | undefined): Outcome {
  if (direction === 'flat' || !better || better === 'neutral') return 'neutral';
  return (direction === 'down') === (better === 'lower') ? 'better' : 'worse';
}

/**
 * trimMissing(points) drops the points without a value at both ends, keeping the gaps inside.
 * Returns the same array when nothing is dropped.
 */
export function trimMissing(points: readonly SparkPoint[]): readonly SparkPoint[] {
  const ok = (p: SparkPoint): boolean => p.value != null && Number.isFinite(p.value);
  let start = 0;
  let end = points.length;
  while (start < end && !ok(points[start])) start += 1;
  while (end > start && !ok(points[end - 1])) end -= 1;
  return start === 0 && end === points.length ? points : points.slice(start, end);
}
