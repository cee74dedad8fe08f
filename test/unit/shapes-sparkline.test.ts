// Hand-made fixtures (labelled): small round numbers chosen so that every coordinate is exact.
import { describe, expect, it } from 'vitest';
import {
  containsExtent,
  sparkExtent,
  linear,
  sameExtent,
  unionExtent,
  type SparkPoint,
} from '../../src/shapes/extent.js';
import {
  nearestIndex,
  ruleAt,
  sparkScales,
  sparklineBand,
  sparklineMarkers,
  sparklinePath,
  sparklineWhiskers,
  type Frame,
} from '../../src/shapes/sparkline.js';

const pt = (x: number, value: number | null, lower?: number, upper?: number): SparkPoint => ({
  period: String(x),
  x,
  value,
  ...(lower != null ? { lower } : {}),
  ...(upper != null ? { upper } : {}),
});

// Hand-made: 5 years, one missing, values 10..50.
const series = [pt(2000, 10), pt(2001, 30), pt(2002, null), pt(2003, 50), pt(2004, 20)];
// A 100 x 50 frame without insets: x = (year - 2000) * 25, y = 50 - (value - 10) * 1.25.
const frame: Frame = { width: 100, height: 50, top: 0, right: 0, bottom: 0, left: 0 };

describe('sparkExtent', () => {
  it('sparkExtent(points) spans the periods and values that have a value', () => {
    expect(sparkExtent(series)).toEqual({ x: [2000, 2004], y: [10, 50] });
  });
  it('sparkExtent(points) ignores missing points at the ends unless keepMissing', () => {
    const trailing = [pt(1, 5), pt(2, 7), pt(3, null)];
    expect(sparkExtent(trailing)).toEqual({ x: [1, 2], y: [5, 7] });
    expect(sparkExtent(trailing, [], true)).toEqual({ x: [1, 3], y: [5, 7] });
  });
  it('sparkExtent(points, extra) widens y by bounds and extra values such as references and zero', () => {
    expect(sparkExtent([pt(1, 5, 4, 9), pt(2, 6)], [0, 25, NaN])).toEqual({
      x: [1, 2],
      y: [0, 25],
    });
  });
  it('sparkExtent(points) is null without any value', () => {
    expect(sparkExtent([pt(1, null)])).toBeNull();
    expect(sparkExtent([])).toBeNull();
  });
  it('unionExtent(a, b) holds both; null is empty', () => {
    const a = { x: [0, 2], y: [5, 9] } as const;
    const b = { x: [1, 4], y: [1, 6] } as const;
    expect(unionExtent({ x: [...a.x], y: [...a.y] }, { x: [...b.x], y: [...b.y] })).toEqual({
      x: [0, 4],
      y: [1, 9],
    });
    expect(unionExtent(null, { x: [0, 1], y: [2, 3] })).toEqual({ x: [0, 1], y: [2, 3] });
  });
  it('containsExtent(outer, inner) and sameExtent(a, b) compare by value', () => {
    expect(containsExtent({ x: [0, 4], y: [0, 9] }, { x: [1, 2], y: [3, 9] })).toBe(true);
    expect(containsExtent({ x: [0, 4], y: [0, 9] }, { x: [1, 5], y: [3, 9] })).toBe(false);
    expect(containsExtent(null, null)).toBe(true);
    expect(sameExtent({ x: [0, 1], y: [2, 3] }, { x: [0, 1], y: [2, 3] })).toBe(true);
    expect(sameExtent({ x: [0, 1], y: [2, 3] }, null)).toBe(false);
  });
});

describe('linear', () => {
  it('linear(domain, range)(value) maps in a straight line, also beyond the domain', () => {
    const y = linear([10, 50], [50, 0]);
    expect([y(10), y(30), y(50), y(60)]).toEqual([50, 25, 0, -12.5]);
  });
  it('linear(domain, range) maps a zero-width domain to the middle of the range', () => {
    expect(linear([7, 7], [10, 0])(7)).toBe(5);
  });
});

describe('sparklinePath', () => {
  const scales = sparkScales({ x: [2000, 2004], y: [10, 50] }, frame);
  it('sparklinePath(points, scales) breaks the line at a missing value', () => {
    expect(sparklinePath(series, scales)).toBe('M0,50L25,25M75,0L100,37.5');
  });
  it('sparklinePath(points, scales, true) connects across the gap', () => {
    expect(sparklinePath(series, scales, true)).toBe('M0,50L25,25L75,0L100,37.5');
  });
  it('sparklinePath(points, scales) draws a value alone between gaps as a closed dot', () => {
    const lonely = [pt(2000, 10), pt(2001, null), pt(2002, 30), pt(2003, null), pt(2004, 50)];
    expect(sparklinePath(lonely, scales)).toBe('M0,50ZM50,25ZM100,0Z');
  });
  it('sparklinePath(points, scales) rounds coordinates to two decimals', () => {
    const s = sparkScales({ x: [0, 3], y: [0, 3] }, { ...frame, width: 10, height: 10 });
    expect(sparklinePath([pt(0, 0), pt(1, 1), pt(3, 3)], s)).toBe('M0,10L3.33,6.67L10,0');
  });
  it('sparklinePath(points, scales) is empty without values', () => {
    expect(sparklinePath([pt(2000, null)], scales)).toBe('');
  });
  it('sparkScales(extent, frame) keeps the insets free', () => {
    const inset: Frame = { width: 40, height: 10, top: 1, right: 2, bottom: 1, left: 2 };
    const s = sparkScales({ x: [2000, 2004], y: [10, 50] }, inset);
    expect([s.x(2000), s.x(2004), s.y(10), s.y(50)]).toEqual([2, 38, 9, 1]);
  });
});

describe('sparklineBand', () => {
  const scales = sparkScales({ x: [2000, 2004], y: [0, 50] }, frame);
  it('sparklineBand(points, scales) is the area from lower to upper, broken without bounds', () => {
    const banded = [
      pt(2000, 10, 5, 15),
      pt(2001, 20, 10, 30),
      pt(2002, 25),
      pt(2003, 30, 20, 40),
      pt(2004, 35, 30, 40),
    ];
    // y = 50 - v: upper edge left to right, then lower edge right to left, per segment.
    expect(sparklineBand(banded, scales)).toBe(
      'M0,35L25,20L25,40L0,45ZM75,10L100,10L100,20L75,30Z',
    );
  });
  it('sparklineBand(points, scales) leaves a bounded point alone between gaps to the whiskers', () => {
    const banded = [pt(2000, 10, 5, 15), pt(2001, 20, 10, 30), pt(2002, 25), pt(2003, 30, 20, 40)];
    expect(sparklineBand(banded, scales)).toBe('M0,35L25,20L25,40L0,45Z');
  });
  it('sparklineBand(points, scales) is empty without bounds', () => {
    expect(sparklineBand(series, scales)).toBe('');
  });
  it('sparklineWhiskers(points, scales) draws the bounds of a point without bounded neighbours', () => {
    const banded = [pt(2000, 10, 5, 15), pt(2001, 20, 10, 30), pt(2002, 25), pt(2003, 30, 20, 40)];
    expect(sparklineWhiskers(banded, scales)).toBe('M75,30V10');
    expect(sparklineWhiskers(series, scales)).toBe('');
  });
});

describe('sparklineMarkers', () => {
  it('sparklineMarkers(points, kinds) marks the last point by itself', () => {
    expect(sparklineMarkers(series, ['last'])).toEqual([{ index: 4, kinds: ['last'] }]);
  });
  it('sparklineMarkers(points, kinds) finds first, last, lowest and highest in time order', () => {
    expect(sparklineMarkers(series, ['first', 'last', 'min', 'max'])).toEqual([
      { index: 0, kinds: ['first', 'min'] },
      { index: 3, kinds: ['max'] },
      { index: 4, kinds: ['last'] },
    ]);
  });
  it('sparklineMarkers(points, kinds) skips missing points at the ends and takes the earliest tie', () => {
    const ends = [pt(1, null), pt(2, 4), pt(3, 9), pt(4, 4), pt(5, null)];
    expect(sparklineMarkers(ends, ['first', 'last', 'min'])).toEqual([
      { index: 1, kinds: ['first', 'min'] },
      { index: 3, kinds: ['last'] },
    ]);
  });
  it('sparklineMarkers(points, []) and a series without values mark nothing', () => {
    expect(sparklineMarkers(series, [])).toEqual([]);
    expect(sparklineMarkers([pt(1, null)], ['last'])).toEqual([]);
  });
});

describe('ruleAt and nearestIndex', () => {
  const scales = sparkScales({ x: [2000, 2004], y: [10, 50] }, frame);
  it('ruleAt(value, scales, x0, x1) is a horizontal rule across the periods', () => {
    expect(ruleAt(25, scales, 2000, 2004)).toBe('M0,31.25H100');
  });
  it('nearestIndex(points, x) picks the nearest period, the earlier on ties', () => {
    expect(nearestIndex(series, 1999)).toBe(0);
    expect(nearestIndex(series, 2001.4)).toBe(1);
    expect(nearestIndex(series, 2001.5)).toBe(1);
    expect(nearestIndex(series, 2001.6)).toBe(2);
    expect(nearestIndex(series, 2010)).toBe(4);
    expect(nearestIndex([], 1)).toBe(-1);
  });
});
