// Classification: from a set of values to ascending thresholds (class breaks). A value v falls in
// class i when thresholds[i - 1] <= v < thresholds[i]; k classes have k - 1 thresholds.
import { ckmeans } from './ckmeans.js';

/** How values are grouped into colour classes. */
export type ClassMethod = 'quantile' | 'equal' | 'natural' | 'thresholds' | 'continuous';

export const CLASS_METHODS: readonly ClassMethod[] = [
  'quantile',
  'equal',
  'natural',
  'thresholds',
  'continuous',
];

/** Whether `v` is a number that can be drawn: not NaN nor infinite (nor null, nor text). */
export function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Finite numbers of `values`, sorted ascending. */
export function sortedFinite(values: Iterable<number | null | undefined>): number[] {
  const out: number[] = [];
  for (const v of values) if (isFiniteNumber(v)) out.push(v);
  return out.sort((a, b) => a - b);
}

function quantileSorted(sorted: readonly number[], p: number): number {
  const i = (sorted.length - 1) * p;
  const i0 = Math.floor(i);
  const v0 = sorted[i0];
  return i0 === i ? v0 : v0 + (sorted[i0 + 1] - v0) * (i - i0);
}

/** k - 1 thresholds at the quantiles 1/k, 2/k, ... (R-7, as d3.quantile). */
export function quantileBreaks(sorted: readonly number[], k: number): number[] {
  if (!sorted.length) return [];
  return Array.from({ length: k - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / k));
}

/** k - 1 thresholds splitting [min, max] into k intervals of equal width. */
export function equalBreaks(sorted: readonly number[], k: number): number[] {
  if (!sorted.length) return [];
  const min = sorted[0];
  const step = (sorted[sorted.length - 1] - min) / k;
  return Array.from({ length: k - 1 }, (_, i) => min + step * (i + 1));
}

/** Thresholds at the first value of each ckmeans group after the first. */
export function naturalBreaks(sorted: readonly number[], k: number): number[] {
  return ckmeans(sorted, k)
    .slice(1)
    .map((group) => group[0]);
}

const EPSILON = 1e-9;

/**
 * The roundest number in (lo, hi] closer than `tolerance` to `target` (nearest to it among equally
 * round ones): tries multiples of 10^e and 5 * 10^e from coarse to fine; `target` itself when
 * nothing rounder fits.
 */
export function roundestBetween(
  lo: number,
  hi: number,
  target: number,
  tolerance = Infinity,
): number {
  const span = Math.max(Math.abs(lo), Math.abs(hi), hi - lo, 1e-12);
  const slack = EPSILON * span;
  for (let e = Math.ceil(Math.log10(span)) + 1; e >= -12; e--) {
    for (const m of [5, 1]) {
      const step = m * 10 ** e;
      const digits = Math.max(0, -e + 1);
      const fix = (n: number) => Number((n * step).toFixed(digits));
      const candidates = [
        fix(Math.floor(target / step)),
        fix(Math.ceil(target / step)),
        fix(Math.floor(lo / step + 1)),
        fix(Math.floor(hi / step)),
      ];
      let best: number | undefined;
      for (const c of candidates) {
        if (c <= lo + slack || c > hi + slack || Math.abs(c - target) >= tolerance) continue;
        if (best === undefined || Math.abs(c - target) < Math.abs(best - target)) best = c;
      }
      if (best !== undefined) return best;
    }
  }
  return target;
}

/**
 * Rounds thresholds to readable numbers without moving any value to another class: each threshold
 * t becomes the roundest number in (largest value below t, smallest value at or above t] that lies
 * closer than a fifth of the distance to its nearest neighbour (the next threshold or the data's end).
 * Thresholds that would leave a class empty at either end, and duplicates, are dropped.
 */
export function roundBreaks(thresholds: readonly number[], sorted: readonly number[]): number[] {
  if (!sorted.length) return [];
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const inside = thresholds.filter((t) => t > min && t <= max);
  const out: number[] = [];
  inside.forEach((t, i) => {
    // First index with value >= t.
    let a = 0;
    let b = sorted.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (sorted[m] < t) a = m + 1;
      else b = m;
    }
    const prev = i ? inside[i - 1] : min;
    const next = i < inside.length - 1 ? inside[i + 1] : max;
    const gap = Math.min(t - prev, next - t);
    const rounded = roundestBetween(sorted[a - 1], sorted[a], t, gap > 0 ? gap / 5 : Infinity);
    if (!out.length || rounded > out[out.length - 1]) out.push(rounded);
  });
  return out;
}

export interface BreaksOptions {
  method?: ClassMethod;
  /** Number of classes for quantile, equal and natural (default 5). */
  classes?: number;
  /** Ascending thresholds for `method: 'thresholds'`. */
  thresholds?: readonly number[];
  /** Round computed breaks to readable numbers (default true). */
  round?: boolean;
}

/** Checks custom thresholds: finite and strictly ascending; throws naming the first problem. */
export function checkThresholds(thresholds: readonly number[]): number[] {
  if (!Array.isArray(thresholds) || !thresholds.length) {
    throw new Error('invalid thresholds: expected at least one number');
  }
  thresholds.forEach((t, i) => {
    if (!isFiniteNumber(t)) {
      throw new Error(`invalid thresholds: thresholds[${i}] is not a finite number`);
    }
    if (i && t <= thresholds[i - 1]) {
      throw new Error(
        `invalid thresholds: ${t} does not follow ${thresholds[i - 1]} in ascending order`,
      );
    }
  });
  return [...thresholds];
}

/**
 * Thresholds for `values` by a method. `continuous` has none. Computed breaks are rounded (see
 * `roundBreaks`); custom thresholds are kept as given.
 */
export function breaks(
  values: Iterable<number | null | undefined>,
  { method = 'quantile', classes = 5, thresholds, round = true }: BreaksOptions = {},
): number[] {
  if (method === 'thresholds') return checkThresholds(thresholds ?? []);
  if (method === 'continuous') return [];
  if (!Number.isInteger(classes) || classes < 1) {
    throw new Error(`invalid number of classes: ${classes}`);
  }
  const sorted = sortedFinite(values);
  let raw: number[];
  if (method === 'quantile') raw = quantileBreaks(sorted, classes);
  else if (method === 'equal') raw = equalBreaks(sorted, classes);
  else if (method === 'natural') raw = naturalBreaks(sorted, classes);
  else throw new Error(`invalid method: ${JSON.stringify(method)}`);
  return round ? roundBreaks(raw, sorted) : raw;
}

/** The class of a value among ascending thresholds (0..thresholds.length), or -1 when missing. */
export function classIndex(
  value: number | null | undefined,
  thresholds: readonly number[],
): number {
  if (!isFiniteNumber(value)) return -1;
  let a = 0;
  let b = thresholds.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (value < thresholds[m]) b = m;
    else a = m + 1;
  }
  return a;
}
