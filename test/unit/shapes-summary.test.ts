// Hand-made fixtures (labelled): round numbers so that changes and percentages are exact.
import { describe, expect, it } from 'vitest';
import type { SparkPoint } from '../../src/shapes/extent.js';
import { outcome, sparkSummary, trimMissing } from '../../src/shapes/summary.js';
import { dodge } from '../../src/shapes/labels.js';

const pt = (x: number, value: number | null): SparkPoint => ({ period: String(x), x, value });

describe('sparkSummary', () => {
  it('sparkSummary(points) names first, last, lowest, highest, change and gaps inside', () => {
    const points = [pt(1, null), pt(2, 40), pt(3, 50), pt(4, null), pt(5, 10), pt(6, null)];
    const s = sparkSummary(points)!;
    expect(s.first.x).toBe(2);
    expect(s.last.x).toBe(5);
    expect(s.min.x).toBe(5);
    expect(s.max.x).toBe(3);
    expect(s.count).toBe(3);
    expect(s.missing).toBe(1);
    expect(s.change).toBe(-30);
    expect(s.changePercent).toBe(-75);
    expect(s.direction).toBe('down');
  });
  it('sparkSummary(points) has no percentage when the first value is zero', () => {
    const s = sparkSummary([pt(1, 0), pt(2, 5)])!;
    expect(s.changePercent).toBeNull();
    expect(s.direction).toBe('up');
  });
  it('sparkSummary(points) measures percentages against the size of a negative start', () => {
    expect(sparkSummary([pt(1, -4), pt(2, -2)])!.changePercent).toBe(50);
  });
  it('sparkSummary(points) is flat for one point and null without values', () => {
    const s = sparkSummary([pt(1, 7)])!;
    expect([s.change, s.direction, s.count, s.missing]).toEqual([0, 'flat', 1, 0]);
    expect(sparkSummary([pt(1, null)])).toBeNull();
  });
});

describe('outcome', () => {
  it('outcome(direction, better) follows the good direction', () => {
    expect(outcome('down', 'lower')).toBe('better');
    expect(outcome('up', 'lower')).toBe('worse');
    expect(outcome('up', 'higher')).toBe('better');
    expect(outcome('down', 'higher')).toBe('worse');
  });
  it('outcome(direction, better) is neutral when flat or without a direction', () => {
    expect(outcome('flat', 'lower')).toBe('neutral');
    expect(outcome('down', 'neutral')).toBe('neutral');
    expect(outcome('down', undefined)).toBe('neutral');
  });
});

describe('trimMissing', () => {
  it('trimMissing(points) drops missing points at both ends only', () => {
    const points = [pt(1, null), pt(2, 4), pt(3, null), pt(4, 5), pt(5, null)];
    expect(trimMissing(points).map((p) => p.x)).toEqual([2, 3, 4]);
  });
  it('trimMissing(points) returns the same array when nothing is dropped', () => {
    const points = [pt(1, 1), pt(2, 2)];
    expect(trimMissing(points)).toBe(points);
    expect(trimMissing([pt(1, null)])).toEqual([]);
  });
});

describe('dodge', () => {
  it('dodge(targets, gap, lo, hi) leaves labels that do not collide where they are', () => {
    expect(dodge([10, 2, 30], 5, 0, 40)).toEqual([10, 2, 30]);
  });
  it('dodge(targets, gap, lo, hi) pushes colliding labels apart, keeping their order', () => {
    expect(dodge([10, 12, 11], 4, 0, 40)).toEqual([10, 18, 14]);
  });
  it('dodge(targets, gap, lo, hi) keeps labels inside the range', () => {
    expect(dodge([39, 40, -3], 4, 0, 40)).toEqual([36, 40, 0]);
  });
  it('dodge(targets, gap, lo, hi) spreads labels evenly when they cannot fit', () => {
    expect(dodge([5, 5, 5], 10, 0, 10)).toEqual([0, 5, 10]);
    expect(dodge([], 1, 0, 1)).toEqual([]);
  });
});
