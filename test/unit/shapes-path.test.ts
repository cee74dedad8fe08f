import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { area, line } from 'd3-shape';
import { areaPath, linePath } from '../../src/shapes/path.js';

type P = { x: number; y: number | null; lo: number | null };
const defined = (p: P) => p.y != null;
const x = (p: P) => p.x;
const y = (p: P) => p.y as number;
const lo = (p: P) => (p.lo ?? 0) as number;

// Arbitrary series with gaps (y null) and negative, fractional and large coordinates.
const series = fc.array(
  fc.record({
    x: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
    y: fc.option(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { nil: null }),
    lo: fc.option(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { nil: null }),
  }),
  { maxLength: 30 },
);

describe('linePath', () => {
  it('linePath(data, x, y, defined, digits) equals d3 line().defined().digits() on any series', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 0, max: 4 }), (data, digits) => {
        const d3 = line<P>().x(x).y(y).defined(defined).digits(digits)(data) ?? '';
        expect(linePath(data, x, y, defined, digits)).toBe(d3);
      }),
    );
  });

  it('linePath breaks at gaps and closes lone points', () => {
    const data: P[] = [
      { x: 0, y: 1, lo: null },
      { x: 1, y: 2, lo: null },
      { x: 2, y: null, lo: null },
      { x: 3, y: 4.25, lo: null },
    ];
    expect(linePath(data, x, y, defined, 1)).toBe('M0,1L1,2M3,4.3Z');
    expect(linePath([], x, y, defined)).toBe('');
  });
});

describe('areaPath', () => {
  it('areaPath(data, x, y0, y1, defined, digits) equals d3 area().defined().digits() on any series', () => {
    const both = (p: P) => p.y != null && p.lo != null;
    fc.assert(
      fc.property(series, fc.integer({ min: 0, max: 4 }), (data, digits) => {
        const d3 = area<P>().x(x).y0(lo).y1(y).defined(both).digits(digits)(data) ?? '';
        expect(areaPath(data, x, lo, y, both, digits)).toBe(d3);
      }),
    );
  });
});
