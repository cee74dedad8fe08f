import { describe, expect, it } from 'vitest';
import { geoConicConformal, geoContains } from 'd3-geo';
import { areaFeatures, countryShape } from '../../src/geo/features.js';
import { MAP_LAYOUTS } from '../../src/geo/layouts.js';
import { projectedRings } from '../../src/geo/planar.js';
import { KZ_CENTRAL_MERIDIAN, KZ_PARALLELS, fitProjection } from '../../src/geo/projection.js';
import {
  MIN_HIT_RADIUS,
  SMALL_CITIES,
  cityPoints,
  cityRadius,
  citySymbols,
  insideProjected,
} from '../../src/geo/cities.js';
import { shippedMap } from './geo-fixtures.js';

const regions2022 = shippedMap('regions-2022');

function nationalMap(width: number) {
  const features = areaFeatures(regions2022);
  const { projection, height } = fitProjection(width, features, { padding: 8 });
  return {
    points: cityPoints(features, projection),
    height,
    inside: insideProjected(countryShape(regions2022), projection),
  };
}

describe('cityRadius(width)', () => {
  it('grows from 5 px on a phone to 9 px on a desktop', () => {
    expect([200, 320, 720, 1000, 1200, 2000].map(cityRadius)).toEqual([5, 5, 6, 8, 9, 9]);
  });
});

describe('cityPoints(features, projection)', () => {
  it('projects the label points of Astana, Almaty and Shymkent', () => {
    expect(SMALL_CITIES).toEqual(['KZ-71', 'KZ-75', 'KZ-79']);
    const { points } = nationalMap(1200);
    expect(points.map((p) => [p.id, Math.round(p.x), Math.round(p.y)])).toEqual([
      ['KZ-71', 731, 197],
      ['KZ-75', 928, 533],
      ['KZ-79', 692, 593],
    ]);
  });

  it('skips cities the layout does not have (Shymkent before 2018)', () => {
    const features = areaFeatures(shippedMap('regions-pre2018'));
    const { projection } = fitProjection(600, features);
    expect(cityPoints(features, projection).map((p) => p.id)).toEqual(['KZ-71', 'KZ-75']);
  });
});

describe('citySymbols(points, width, options)', () => {
  it('at 1200 px keeps every symbol on its city: no leader lines', () => {
    const { points, height, inside } = nationalMap(1200);
    const symbols = citySymbols(points, 1200, { height, inside });
    expect(symbols.map((s) => [s.id, s.leader, s.radius, s.hitRadius, s.labelAnchor])).toEqual([
      ['KZ-71', false, 9, 12, 'start'],
      ['KZ-75', false, 9, 12, 'start'],
      ['KZ-79', false, 9, 12, 'start'],
    ]);
    for (const s of symbols) expect([s.x, s.y]).toEqual([s.anchorX, s.anchorY]);
  });

  it('at 320 px moves Almaty one step north, into the country, with a leader line', () => {
    const { points, height, inside } = nationalMap(320);
    const [astana, almaty, shymkent] = citySymbols(points, 320, { height, inside });
    expect(astana).toMatchObject({ leader: false, radius: 5, hitRadius: 12 });
    expect(shymkent).toMatchObject({ leader: false });
    expect(almaty).toMatchObject({ id: 'KZ-75', x: 244.3, y: 130.8, leader: true });
    expect(almaty.anchorY - almaty.y).toBeCloseTo(12, 0);
    expect(almaty.labelAnchor).toBe('end');
  });

  // Hand-made points below: positions in pixels, not real places.
  it('moves a symbol that would overlap an earlier one until the hit targets are apart', () => {
    const [a, b] = citySymbols(
      [
        { id: 'a', x: 200, y: 100 },
        { id: 'b', x: 210, y: 100 },
      ],
      400,
    );
    expect(a).toMatchObject({ x: 200, y: 100, leader: false });
    // North by one hit radius is still too close; north by two is exactly 2 × 12 + 2 away.
    expect(b).toMatchObject({ x: 210, y: 76, anchorX: 210, anchorY: 100, leader: true });
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * MIN_HIT_RADIUS + 2);
  });

  it('keeps hit targets inside the drawing', () => {
    const [s] = citySymbols([{ id: 'edge', x: 295, y: 100 }], 300);
    expect(s).toMatchObject({ x: 286.5, y: 91.5, leader: true, labelAnchor: 'end' });
    const [top] = citySymbols([{ id: 'top', x: 150, y: 3 }], 300, { height: 200 });
    expect(top.y - top.hitRadius).toBeGreaterThanOrEqual(0);
    expect(top.leader).toBe(true);
  });

  it('never makes the hit target smaller than 12 px', () => {
    const point = [{ id: 'p', x: 100, y: 100 }];
    expect(citySymbols(point, 400, { hitRadius: 4 })[0].hitRadius).toBe(12);
    expect(citySymbols(point, 400, { hitRadius: 16 })[0].hitRadius).toBe(16);
    expect(citySymbols(point, 400, { radius: 14 })[0]).toMatchObject({ radius: 14, hitRadius: 14 });
  });

  it('leaves a symbol on its city when there is no room anywhere', () => {
    const [s] = citySymbols([{ id: 'p', x: 10, y: 10 }], 20, { height: 20 });
    expect(s).toMatchObject({ x: 10, y: 10, leader: false });
  });

  it('is pure: the same input gives the same symbols', () => {
    const { points, height, inside } = nationalMap(480);
    expect(citySymbols(points, 480, { height, inside })).toEqual(
      citySymbols(points, 480, { height, inside }),
    );
  });

  it('rejects a width that cannot hold a map', () => {
    expect(() => citySymbols([], -1)).toThrow('invalid width: -1');
  });
});

// Two of these compare against d3-geo over thousands of points: seconds on a busy machine.
describe('insideProjected(object, projection)', { timeout: 60_000 }, () => {
  const features = areaFeatures(regions2022);
  const country = countryShape(regions2022);
  const { projection } = fitProjection(1200, features);

  it('tells pixels inside the country from pixels outside', () => {
    const inside = insideProjected(country, projection);
    const [x, y] = projection([67, 48]);
    expect(inside(x, y)).toBe(true);
    expect(inside(2, 2)).toBe(false); // north-west corner: Russia
  });

  it('agrees with d3-geo geoContains on every label point of every layout', () => {
    for (const { file } of Object.values(MAP_LAYOUTS)) {
      const topology = shippedMap(file);
      const areas = areaFeatures(topology);
      const fitted = fitProjection(1200, areas).projection;
      const labels = areas.map((area) => area.properties.label);
      const shape = countryShape(topology);
      const inCountry = insideProjected(shape, fitted);
      for (const area of areas) {
        const inside = insideProjected(area, fitted);
        for (const label of labels) {
          const [x, y] = fitted(label);
          expect(inside(x, y), `${file}: ${area.id} at ${label.join(', ')}`).toBe(
            geoContains(area, label),
          );
        }
        const [x, y] = fitted(area.properties.label);
        expect(inCountry(x, y), `${file}: ${area.id}`).toBe(
          geoContains(shape, area.properties.label),
        );
      }
    }
  });

  it('agrees with d3-geo geoContains on an 8 px grid, except within 0.1 px of the outline', () => {
    const inside = insideProjected(country, projection);
    const reference = geoConicConformal()
      .parallels([KZ_PARALLELS[0], KZ_PARALLELS[1]])
      .rotate([-KZ_CENTRAL_MERIDIAN, 0])
      .scale(projection.scale)
      .translate([projection.translate[0], projection.translate[1]]);
    const outline = projectedRings(country, projection);
    let count = 0;
    let inCount = 0;
    const disagreements: string[] = [];
    for (let y = 0.5; y < 672; y += 8) {
      for (let x = 0.5; x < 1200; x += 8) {
        const ours = inside(x, y);
        count++;
        if (ours) inCount++;
        // Edges are straight in pixels here and great-circle arcs in d3: they may part by a hair.
        const differs = ours !== geoContains(country, reference.invert!([x, y])!);
        if (differs && distanceToRings(outline, x, y) >= 0.1) disagreements.push(`${x}, ${y}`);
      }
    }
    expect(disagreements).toEqual([]);
    // Sanity: the grid is neither all in nor all out (the country fills about half the box).
    expect(inCount / count).toBeGreaterThan(0.4);
    expect(inCount / count).toBeLessThan(0.7);
  });
});

/** Distance in pixels from (x, y) to the nearest edge of projected rings. */
function distanceToRings(rings: number[][], x: number, y: number): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const [ax, ay, bx, by] = [ring[j], ring[j + 1], ring[i], ring[i + 1]];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(
        0,
        Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)),
      );
      best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
    }
  }
  return best;
}
