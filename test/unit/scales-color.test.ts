import { describe, expect, it } from 'vitest';
import {
  SCHEMES,
  interpolateColors,
  schemeColors,
  schemeInterpolator,
  schemeKind,
  schemeMaxClasses,
} from '../../src/scales/schemes.js';
import { colorScale, defaultScheme } from '../../src/scales/color.js';

// Hand-made value sets (not real data).

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

describe('schemes', () => {
  it('schemeColors(name, k) returns the published ColorBrewer sets', () => {
    expect(schemeColors('blues', 3)).toEqual(['#deebf7', '#9ecae1', '#3182bd']);
    expect(schemeColors('orrd', 5)).toEqual([
      '#fef0d9',
      '#fdcc8a',
      '#fc8d59',
      '#e34a33',
      '#b30000',
    ]);
    expect(schemeColors('rdbu', 4)).toEqual(['#ca0020', '#f4a582', '#92c5de', '#0571b0']);
    expect(schemeColors('blues', 2)).toEqual(['#deebf7', '#3182bd']);
  });

  it('schemeColors(name, k) orients diverging schemes warm to cool', () => {
    expect(schemeColors('puor', 3)).toEqual(['#f1a340', '#f7f7f7', '#998ec3']);
    expect(schemeColors('brbg', 3)).toEqual(['#d8b365', '#f5f5f5', '#5ab4ac']);
  });

  it('schemeColors(name, k) samples viridis and cividis light to dark', () => {
    expect(schemeColors('viridis', 2)).toEqual(['#fde725', '#440154']);
    expect(schemeColors('viridis', 3)).toEqual(['#fde725', '#21918c', '#440154']);
    expect(schemeColors('cividis', 2)).toEqual(['#fdea45', '#002051']);
  });

  it('every sequential set of every size gets darker from first to last', () => {
    for (const name of SCHEMES.filter((s) => schemeKind(s) === 'sequential')) {
      for (let k = 2; k <= schemeMaxClasses(name); k++) {
        const colors = schemeColors(name, k);
        expect(colors).toHaveLength(k);
        for (let i = 1; i < k; i++) {
          expect(luminance(colors[i]), `${name} ${k} #${i}`).toBeLessThan(luminance(colors[i - 1]));
        }
      }
    }
  });

  it('every diverging set is lightest in the middle', () => {
    for (const name of SCHEMES.filter((s) => schemeKind(s) === 'diverging')) {
      for (let k = 3; k <= 11; k++) {
        const l = schemeColors(name, k).map(luminance);
        const mid = (k - 1) / 2;
        const lightest = l.indexOf(Math.max(...l));
        expect(Math.abs(lightest - mid), `${name} ${k}`).toBeLessThanOrEqual(0.5);
      }
    }
  });

  it('schemeKind(name) and schemeColors(name, k) reject bad input', () => {
    expect(() => schemeKind('blu')).toThrow('invalid scheme: "blu"');
    expect(() => schemeColors('blues', 10)).toThrow(
      'invalid number of classes for blues: 10 (2 to 9)',
    );
    expect(() => schemeColors('rdbu', 1)).toThrow('(2 to 11)');
    expect(schemeMaxClasses('rdbu')).toBe(11);
  });

  it('interpolateColors(colors)(t) interpolates linearly in RGB and clamps', () => {
    const ramp = interpolateColors(['#000000', '#ffffff']);
    expect(ramp(0)).toBe('#000000');
    expect(ramp(0.5)).toBe('#808080');
    expect(ramp(2)).toBe('#ffffff');
    expect(ramp(NaN)).toBe('#000000');
    expect(schemeInterpolator('blues')(1)).toBe('#08306b');
  });
});

describe('colorScale(values, options)', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null];

  it('colorScale(values) has 5 quantile classes in a light-to-dark scheme', () => {
    const s = colorScale(values);
    expect(s.kind).toBe('stepped');
    expect(s.scheme).toBe('blues');
    // Raw quintiles 2.8, 4.6, 6.4 and 8.2, rounded within their gaps.
    expect(s.thresholds).toEqual([3, 4.5, 6.5, 8.5]);
    expect(s.classes.map((c) => c.color)).toEqual(schemeColors('blues', 5));
    expect(s.classes[0]).toEqual({ lower: 1, upper: 3, color: '#eff3ff' });
    expect(s.classes[4]).toEqual({ lower: 8.5, upper: 10, color: '#08519c' });
    expect(s.color(10)).toBe('#08519c');
    expect(s.color(null)).toBeUndefined();
    expect(s.classOf(undefined)).toBe(-1);
    expect(s.domain).toEqual([1, 10]);
  });

  it('colorScale(values, {better: "lower"}) keeps high values dark', () => {
    const s = colorScale(values, { better: 'lower' });
    expect(s.scheme).toBe('orrd');
    expect(s.color(10)).toBe('#b30000');
    expect(s.color(1)).toBe('#fef0d9');
  });

  it('colorScale(values, {better: "higher"}) makes low values dark', () => {
    const s = colorScale(values, { better: 'higher' });
    expect(s.color(1)).toBe('#b30000');
    expect(s.color(10)).toBe('#fef0d9');
  });

  it('colorScale(values, {thresholds}) uses custom thresholds; too many classes throws', () => {
    const s = colorScale(values, { method: 'thresholds', thresholds: [2.5, 25] });
    expect(s.classes.map((c) => [c.lower, c.upper])).toEqual([
      [1, 2.5],
      [2.5, 25],
      [25, 25],
    ]);
    expect(s.color(30)).toBe(schemeColors('blues', 3)[2]);
    expect(() =>
      colorScale(values, { method: 'thresholds', thresholds: [1, 2, 3, 4, 5, 6, 7, 8, 9] }),
    ).toThrow('invalid thresholds: 10 classes, blues has at most 9');
  });

  it('colorScale(values, {midpoint}) splits classes at the midpoint on a diverging scheme', () => {
    const s = colorScale(values, { midpoint: 5.5, better: 'lower', classes: 4 });
    expect(s.scheme).toBe('rdbu');
    expect(s.thresholds).toContain(5.5);
    const below = s.classes.filter((c) => c.upper <= 5.5);
    const above = s.classes.filter((c) => c.lower >= 5.5);
    expect(below.length + above.length).toBe(s.classes.length);
    // better: lower, so high values are the warm (red) end.
    expect(s.color(10)).toBe('#ca0020');
    expect(s.color(1)).toBe('#0571b0');
    expect(() => colorScale(values, { midpoint: 5, scheme: 'blues' })).toThrow('is not diverging');
  });

  it('colorScale(values, {midpoint}) uses inner colours on the side with fewer classes', () => {
    const s = colorScale([1, 6, 7, 8, 9, 10], { midpoint: 5, classes: 4 });
    expect(s.classes).toHaveLength(3);
    expect(s.thresholds[0]).toBe(5);
    // Four colours: two warm, two cool; one class below uses the inner warm colour.
    expect(s.classes.map((c) => c.color)).toEqual(['#f4a582', '#92c5de', '#0571b0']);
  });

  it('colorScale(values, {method: "continuous"}) interpolates over the extent', () => {
    const s = colorScale([0, 10], { method: 'continuous', scheme: 'blues' });
    expect(s.kind).toBe('continuous');
    expect(s.color(0)).toBe('#f7fbff');
    expect(s.color(10)).toBe('#08306b');
    expect(s.color(null)).toBeUndefined();
    expect(s.classOf(3)).toBe(0);
    expect(s.stops()).toHaveLength(9);
    expect(s.stops()[0]).toEqual([0, '#f7fbff']);
  });

  it('colorScale(values, {method: "continuous", midpoint}) puts the middle colour at the midpoint', () => {
    const s = colorScale([0, 2, 10], { method: 'continuous', midpoint: 2 });
    expect(s.color(2)).toBe('#f7f7f7');
    const stops = s.stops();
    expect(stops[5]).toEqual([0.2, '#f7f7f7']);
    expect(stops[0][0]).toBe(0);
    expect(stops[10][0]).toBe(1);
  });

  it('colorScale(values) with one distinct value or none still answers', () => {
    expect(colorScale([4, 4]).classes).toHaveLength(1);
    expect(colorScale([4, 4]).color(4)).toBe(schemeColors('blues', 3)[1]);
    const empty = colorScale([]);
    expect(empty.domain.every(Number.isNaN)).toBe(true);
    expect(empty.color(3)).toBe(empty.classes[0].color);
  });

  it('defaultScheme(better, diverging) follows the direction', () => {
    expect(defaultScheme('lower')).toBe('orrd');
    expect(defaultScheme('higher')).toBe('orrd');
    expect(defaultScheme('neutral')).toBe('blues');
    expect(defaultScheme('lower', true)).toBe('rdbu');
  });
});
