import { describe, expect, it } from 'vitest';
import { MAP_LAYOUTS } from '../../src/geo/layouts.js';
import { areaFeatures, countryShape } from '../../src/geo/features.js';
import { fitProjection } from '../../src/geo/projection.js';
import { projectedRings, ringsContainment } from '../../src/geo/planar.js';
import { ringsContain, shippedMap } from './geo-fixtures.js';

describe('ringsContainment(rings, bands)', () => {
  // Hand-made fixture: a 10 × 10 square with a 4 × 4 hole, and a triangle beside it.
  const square = [0, 0, 10, 0, 10, 10, 0, 10];
  const hole = [3, 3, 7, 3, 7, 7, 3, 7];
  const triangle = [12, 0, 20, 5, 12, 10];
  const fixture = [square, hole, triangle];

  it('answers as ringsContain: inside, in a hole, outside, on edges and vertices', () => {
    const inside = ringsContainment(fixture, 4);
    for (let x = -1; x <= 21; x += 0.5) {
      for (let y = -1; y <= 11; y += 0.5) {
        expect(inside(x, y), `${x}, ${y}`).toBe(ringsContain(fixture, x, y));
      }
    }
    expect([inside(1, 1), inside(5, 5), inside(11, 5), inside(13, 5)]).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it('is false for no rings, flat rings and NaN', () => {
    expect(ringsContainment([])(0, 0)).toBe(false);
    expect(ringsContainment([[0, 1, 5, 1, 9, 1]])(4, 1)).toBe(false);
    expect(ringsContainment(fixture)(Number.NaN, 5)).toBe(false);
    expect(ringsContainment(fixture)(5, Number.NaN)).toBe(false);
  });

  for (const layout of Object.values(MAP_LAYOUTS)) {
    it(`answers as ringsContain for the ${layout.id} country and its units, at every pixel`, () => {
      const topology = shippedMap(layout.file);
      const { projection, height } = fitProjection(300, areaFeatures(topology));
      const shapes = [countryShape(topology), ...areaFeatures(topology).slice(0, 5)];
      for (const shape of shapes) {
        const rings = projectedRings(shape, projection);
        const inside = ringsContainment(rings);
        // Every pixel, and the rows of some vertices (where edges begin and end).
        const rows = [...Array.from({ length: height + 1 }, (_, y) => y), ...rings[0].slice(1, 80)];
        for (const y of rows) {
          for (let x = 0; x <= 300; x += 1.5) {
            if (inside(x, y) !== ringsContain(rings, x, y)) expect.fail(`${x}, ${y}`);
          }
        }
      }
      // About 300,000 comparisons per layout: seconds on a loaded machine, not a timing check.
    }, 60_000);
  }
});
