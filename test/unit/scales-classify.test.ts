import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  breaks,
  checkThresholds,
  classIndex,
  equalBreaks,
  naturalBreaks,
  quantileBreaks,
  roundBreaks,
  roundestBetween,
  sortedFinite,
} from '../../src/scales/classify.js';
import { ckmeans } from '../../src/scales/ckmeans.js';

// Hand-made fixtures (not real data) unless stated otherwise.

/** Reference: optimal k-means in 1-D by the plain O(k n^2) dynamic programme. */
function bruteForceCost(sorted: number[], k: number): number {
  const n = sorted.length;
  const cost = (j: number, i: number) => {
    const part = sorted.slice(j, i + 1);
    const mean = part.reduce((a, b) => a + b, 0) / part.length;
    return part.reduce((a, b) => a + (b - mean) ** 2, 0);
  };
  let prev = Array.from({ length: n }, (_, i) => cost(0, i));
  for (let c = 1; c < k; c++) {
    const next = Array.from({ length: n }, () => Infinity);
    for (let i = c; i < n; i++) {
      for (let j = c; j <= i; j++) next[i] = Math.min(next[i], prev[j - 1] + cost(j, i));
    }
    prev = next;
  }
  return prev[n - 1];
}

function groupsCost(groups: number[][]): number {
  return groups.reduce((total, g) => {
    const mean = g.reduce((a, b) => a + b, 0) / g.length;
    return total + g.reduce((a, b) => a + (b - mean) ** 2, 0);
  }, 0);
}

describe('ckmeans(values, k)', () => {
  it('ckmeans(values, k) finds the obvious groups', () => {
    expect(ckmeans([1, 2, 4, 5, 12, 43, 52, 123, 234, 1244], 3)).toEqual([
      [1, 2, 4, 5, 12, 43, 52],
      [123, 234],
      [1244],
    ]);
    expect(ckmeans([-1, 2, -1, 2, 4, 5, 6, -1, 2, -1], 3)).toEqual([
      [-1, -1, -1, -1],
      [2, 2, 2],
      [4, 5, 6],
    ]);
  });

  it('ckmeans(values, k) returns fewer groups when there are fewer distinct values', () => {
    expect(ckmeans([3, 3, 3], 5)).toEqual([[3, 3, 3]]);
    expect(ckmeans([1, 1, 2, 2], 3)).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(ckmeans([], 3)).toEqual([]);
  });

  it('ckmeans(values, k) ignores NaN and infinities and rejects k < 1', () => {
    expect(ckmeans([NaN, 1, Infinity, 9], 2)).toEqual([[1], [9]]);
    expect(() => ckmeans([1, 2], 0)).toThrow('invalid number of classes: 0');
  });

  it('ckmeans(values, k) is optimal: same cost as the brute-force programme', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -500, max: 500 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        (ints, k) => {
          const values = ints.map((v) => v / 10);
          const groups = ckmeans(values, k);
          const sorted = [...values].sort((a, b) => a - b);
          const distinct = new Set(values).size;
          expect(groups.length).toBe(Math.min(k, distinct));
          expect(groups.flat()).toEqual(sorted);
          expect(groupsCost(groups)).toBeCloseTo(bruteForceCost(sorted, groups.length), 6);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('breaks by method', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('quantileBreaks(sorted, k) uses R-7 quantiles', () => {
    expect(quantileBreaks(values, 4)).toEqual([3.25, 5.5, 7.75]);
    expect(quantileBreaks([], 4)).toEqual([]);
  });

  it('equalBreaks(sorted, k) splits the extent evenly', () => {
    expect(equalBreaks([0, 10], 5)).toEqual([2, 4, 6, 8, 10].slice(0, 4));
    expect(equalBreaks([], 5)).toEqual([]);
  });

  it('naturalBreaks(sorted, k) starts each class at its first value', () => {
    expect(naturalBreaks([1, 1.2, 1.1, 5, 5.3, 9.8, 10], 3)).toEqual([5, 9.8]);
  });

  it('sortedFinite(values) keeps finite numbers, ascending', () => {
    expect(sortedFinite([3, null, undefined, NaN, -1, Infinity, 2])).toEqual([-1, 2, 3]);
  });
});

describe('readable rounding', () => {
  it('roundestBetween(lo, hi, target) picks the roundest number in (lo, hi] nearest the target', () => {
    expect(roundestBetween(12, 19, 15.33)).toBe(15);
    expect(roundestBetween(2, 95, 60)).toBe(50);
    expect(roundestBetween(10.31, 10.32, 10.315)).toBe(10.32);
    expect(roundestBetween(0.0123, 0.0181, 0.015)).toBe(0.015);
    expect(roundestBetween(99, 100, 99.5)).toBe(100);
    expect(roundestBetween(-7.2, -3.1, -5.2)).toBe(-5);
  });

  it('roundBreaks(thresholds, sorted) never moves a value to another class', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 2, maxLength: 60 }),
        fc.integer({ min: 2, max: 9 }),
        fc.constantFrom(1, 10, 100),
        (ints, k, scale) => {
          const sorted = sortedFinite(ints.map((v) => v / scale));
          for (const raw of [
            quantileBreaks(sorted, k),
            equalBreaks(sorted, k),
            naturalBreaks(sorted, k),
          ]) {
            const rounded = roundBreaks(raw, sorted);
            for (let i = 1; i < rounded.length; i++)
              expect(rounded[i]).toBeGreaterThan(rounded[i - 1]);
            // Same partition: two neighbouring values are split by a rounded threshold exactly
            // when they are split by a raw one.
            for (let i = 1; i < sorted.length; i++) {
              const [lo, hi] = [sorted[i - 1], sorted[i]];
              const rawSplit = raw.some((t) => lo < t && t <= hi);
              const roundedSplit = rounded.some((t) => lo < t && t <= hi);
              expect(roundedSplit).toBe(rawSplit);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('roundBreaks(thresholds, sorted) drops breaks that leave an end class empty', () => {
    expect(roundBreaks([1, 2, 50], [1, 1, 3, 4])).toEqual([2]);
  });
});

describe('breaks(values, options)', () => {
  // Real values: under-five mortality per 1,000 live births, 2019, 17 regions (Bureau of National
  // Statistics via the national SDG platform, kazstat_sdg_3-2-1 file).
  const u5mr2019 = [
    8.56, 10.54, 10.22, 12.9, 8.53, 11.58, 10.85, 11.79, 13.13, 11.49, 8.31, 11.79, 11.89, 10.11,
    7.62, 9.65, 11.7,
  ];

  it('breaks(values) defaults to 5 quantile classes, rounded', () => {
    const t = breaks(u5mr2019);
    expect(t).toHaveLength(4);
    expect(t.every((x) => Number(x.toFixed(2)) === x)).toBe(true);
    const counts = [0, 0, 0, 0, 0];
    for (const v of u5mr2019) counts[classIndex(v, t)]++;
    // R-7 quintiles 8.778, 10.348, 11.544, 11.79 (two regions share 11.79), rounded in their gaps.
    expect(t).toEqual([9, 10.5, 11.5, 11.75]);
    expect(counts).toEqual([4, 3, 3, 2, 5]);
    expect(breaks(u5mr2019, { method: 'natural' })).toEqual([9.5, 10.5, 11.4, 12.9]);
    expect(breaks(u5mr2019, { method: 'equal' })).toEqual([8.7, 10, 11, 12]);
  });

  it('breaks(values, {method: "equal"}) gives readable numbers', () => {
    // Raw breaks 11.5, 23 and 34.5 fall in the gaps (7, 13], (20, 26] and (33, 39].
    expect(breaks([0, 7, 13, 20, 26, 33, 39, 46], { method: 'equal', classes: 4 })).toEqual([
      10, 25, 35,
    ]);
    expect(breaks([0, 100], { method: 'equal', classes: 4 })).toEqual([25, 50, 75]);
    expect(breaks([0, 100], { method: 'equal', classes: 3 })).toEqual([30, 70]);
  });

  it('breaks(values, {method: "natural"}) separates clear groups', () => {
    // Raw breaks 5 and 9.8, the first values of the upper groups; 9.8 is only 0.2 below the
    // maximum, so it stays as it is.
    expect(breaks([1, 1.2, 1.1, 5, 5.3, 9.8, 10], { method: 'natural', classes: 3 })).toEqual([
      5, 9.8,
    ]);
    // With room around it, 9.6 becomes 9 (still above 5.3, the largest value of the class below).
    expect(breaks([1, 1.2, 1.1, 5, 5.3, 9.6, 13], { method: 'natural', classes: 3 })).toEqual([
      5, 9,
    ]);
  });

  it('breaks(values, {method: "thresholds"}) keeps custom thresholds and checks them', () => {
    expect(breaks([1, 2], { method: 'thresholds', thresholds: [10, 25] })).toEqual([10, 25]);
    expect(() => breaks([1], { method: 'thresholds', thresholds: [3, 2] })).toThrow(
      'invalid thresholds: 2 does not follow 3 in ascending order',
    );
    expect(() => checkThresholds([])).toThrow('invalid thresholds: expected at least one number');
    expect(() => checkThresholds([1, NaN])).toThrow('thresholds[1] is not a finite number');
  });

  it('breaks(values, {method: "continuous"}) has no thresholds; bad input throws', () => {
    expect(breaks([1, 2, 3], { method: 'continuous' })).toEqual([]);
    expect(() => breaks([1], { method: 'jenks' as never })).toThrow('invalid method: "jenks"');
    expect(() => breaks([1], { classes: 0 })).toThrow('invalid number of classes: 0');
  });

  it('breaks(values) of no values is empty', () => {
    expect(breaks([null, undefined])).toEqual([]);
  });
});

describe('classIndex(value, thresholds)', () => {
  it('classIndex(value, thresholds) puts a value equal to a threshold in the upper class', () => {
    expect(classIndex(5, [5, 10])).toBe(1);
    expect(classIndex(4.99, [5, 10])).toBe(0);
    expect(classIndex(10, [5, 10])).toBe(2);
    expect(classIndex(null, [5, 10])).toBe(-1);
    expect(classIndex(NaN, [5, 10])).toBe(-1);
    expect(classIndex(3, [])).toBe(0);
  });
});
