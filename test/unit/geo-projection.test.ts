import { describe, expect, it } from 'vitest';
import { geoConicConformal, geoDistance, geoPath } from 'd3-geo';
import type { GeoConicProjection, GeoPermissibleObjects } from 'd3-geo';
import type { Feature, MultiLineString, Polygon } from 'geojson';
import { MAP_LAYOUTS } from '../../src/geo/layouts.js';
import {
  areaFeatures,
  interiorMesh,
  outlineMesh,
  type AreaFeature,
} from '../../src/geo/features.js';
import { projectedBounds } from '../../src/geo/planar.js';
import {
  KZ_CENTRAL_MERIDIAN,
  KZ_PARALLELS,
  fitProjection,
  kzProjection,
  mapPath,
  type FitOptions,
} from '../../src/geo/projection.js';
import { shippedMap } from './geo-fixtures.js';

const regionsMap = shippedMap('regions-2022');
const regions = areaFeatures(regionsMap);
const collection = { type: 'FeatureCollection' as const, features: regions };
const layouts = Object.values(MAP_LAYOUTS).map((layout) => {
  const topology = shippedMap(layout.file);
  return { id: layout.id, topology, features: areaFeatures(topology) };
});

/** The reference: d3-geo's conformal conic on the same meridian and parallels. */
const d3Conic = (): GeoConicProjection =>
  geoConicConformal()
    .parallels([KZ_PARALLELS[0], KZ_PARALLELS[1]])
    .rotate([-KZ_CENTRAL_MERIDIAN, 0]);

/** The reference fit: d3-geo's fitWidth, then padding and maxHeight as fitProjection documents. */
function d3Fit(
  width: number,
  features: AreaFeature[],
  { padding = 0, maxHeight }: FitOptions = {},
) {
  const object = { type: 'FeatureCollection', features } as GeoPermissibleObjects;
  const projection = d3Conic().fitWidth(width - 2 * padding, object);
  const [[, y0], [, y1]] = geoPath(projection).bounds(object);
  const [tx, ty] = projection.translate();
  projection.translate([tx + padding, ty + padding - y0]);
  let height = Math.ceil(y1 - y0 + 2 * padding);
  if (maxHeight !== undefined && height > maxHeight) {
    height = Math.floor(maxHeight);
    projection.fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      object,
    );
  }
  return { projection, height };
}

/** Every `step`-th vertex of the features, and all their label points. */
function samplePoints(features: AreaFeature[], step: number): [number, number][] {
  const points: [number, number][] = features.map((f) => f.properties.label);
  let index = 0;
  for (const { geometry } of features) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const ring of polygons.flat()) {
      for (const [lon, lat] of ring) if (index++ % step === 0) points.push([lon, lat]);
    }
  }
  return points;
}

/** Largest distance in pixels between two projections over some points. */
function maxGap(
  a: (p: [number, number]) => [number, number] | null,
  b: (p: [number, number]) => [number, number] | null,
  points: [number, number][],
): number {
  let gap = 0;
  for (const point of points) {
    const [ax, ay] = a(point)!;
    const [bx, by] = b(point)!;
    gap = Math.max(gap, Math.hypot(ax - bx, ay - by));
  }
  return gap;
}

describe('kzProjection(scale, translate)', () => {
  it("is d3-geo's geoConicConformal on 67°E with standard parallels 43°N and 53°N", () => {
    expect(KZ_CENTRAL_MERIDIAN).toBe(67);
    expect(KZ_PARALLELS).toEqual([43, 53]);
    const ours = kzProjection(1000, [300, -40]);
    const reference = d3Conic().scale(1000).translate([300, -40]);
    const grid: [number, number][] = [];
    for (let lon = 30; lon <= 100; lon += 2.5) {
      for (let lat = 30; lat <= 62; lat += 2) grid.push([lon, lat]);
    }
    expect(maxGap(ours, reference, grid)).toBeLessThan(1e-9);
    expect(ours.scale).toBe(1000);
    expect(ours.translate).toEqual([300, -40]);
  });

  it('defaults to scale 1 with the origin (0°N, 67°E) at 0, 0, y down', () => {
    const projection = kzProjection();
    const [x, y] = projection([67, 0]);
    expect(Math.abs(x) + Math.abs(y)).toBeLessThan(1e-12);
    expect(projection([67, 45])[1]).toBeLessThan(0);
  });

  it('projection.invert(point) returns the longitude and latitude, as d3-geo inverts', () => {
    const ours = kzProjection(2000, [600, 1500]);
    const reference = d3Conic().scale(2000).translate([600, 1500]);
    for (const point of [
      [46.5, 40.6],
      [67, 48],
      [87.3, 55.4],
      [71.4, 51.2],
    ] as [number, number][]) {
      const [lon, lat] = ours.invert(ours(point));
      expect(lon).toBeCloseTo(point[0], 9);
      expect(lat).toBeCloseTo(point[1], 9);
      const [dLon, dLat] = reference.invert!(ours(point))!;
      expect(Math.hypot(lon - dLon, lat - dLat)).toBeLessThan(1e-9);
    }
  });

  it('keeps the scale within 0.5 % of true from 40.6°N to 55.4°N, and true on the parallels', () => {
    const projection = kzProjection(1000);
    const scaleAt = (lat: number) => {
      const a = projection([67, lat]);
      const b = projection([67, lat + 0.01]);
      return (
        Math.hypot(a[0] - b[0], a[1] - b[1]) / (1000 * geoDistance([67, lat], [67, lat + 0.01]))
      );
    };
    for (const lat of [40.6, 45, 48, 50, 55.4]) {
      expect(Math.abs(scaleAt(lat) - 1), `${lat}°N`).toBeLessThan(0.005);
    }
    expect(scaleAt(43)).toBeCloseTo(1, 4);
    expect(scaleAt(53)).toBeCloseTo(1, 4);
  });

  it('draws meridians converging to the north: Kazakhstan is not Web Mercator', () => {
    const projection = kzProjection(1000);
    const [x1] = projection([50, 55]);
    const [x2] = projection([50, 41]);
    expect(x1).toBeGreaterThan(x2);
  });

  it('rejects a scale that is not a positive number', () => {
    expect(() => kzProjection(0)).toThrow('invalid scale: 0');
    expect(() => kzProjection(Number.NaN)).toThrow('invalid scale: NaN');
  });
});

describe('fitProjection(width, features, options)', () => {
  it("fits as d3-geo's fitWidth does: within 1e-6 px on label points and vertices of every layout", () => {
    for (const { id, features } of layouts) {
      const points = samplePoints(features, 7);
      for (const [width, options] of [
        [1200, {}],
        [320, { padding: 4 }],
        [747, { padding: 8 }],
        [1200, { padding: 10, maxHeight: 400 }],
      ] as [number, FitOptions][]) {
        const ours = fitProjection(width, features, options);
        const reference = d3Fit(width, features, options);
        const label = `${id} at ${width} px, ${JSON.stringify(options)}`;
        expect(ours.height, label).toBe(reference.height);
        expect(maxGap(ours.projection, reference.projection, points), label).toBeLessThan(1e-6);
        expect(ours.projection.scale / reference.projection.scale() - 1, label).toBeCloseTo(0, 12);
      }
    }
  });

  it('fills the width and takes the height from the aspect ratio', () => {
    const { projection, width, height } = fitProjection(1200, regions);
    expect(width).toBe(1200);
    expect(height).toBe(672);
    const [[x0, y0], [x1, y1]] = projectedBounds(collection, projection);
    expect(x0).toBeCloseTo(0, 6);
    expect(x1).toBeCloseTo(1200, 6);
    expect(y0).toBeCloseTo(0, 6);
    expect(y1).toBeGreaterThan(671);
    expect(y1).toBeLessThanOrEqual(672);
  });

  it('leaves padding on every side', () => {
    const { projection, height } = fitProjection(320, regions, { padding: 8 });
    expect(height).toBe(187);
    const [[x0, y0], [x1, y1]] = projectedBounds(collection, projection);
    expect(x0).toBeCloseTo(8, 6);
    expect(x1).toBeCloseTo(312, 6);
    expect(y0).toBeCloseTo(8, 6);
    expect(y1).toBeLessThanOrEqual(187 - 8);
    expect(y1).toBeGreaterThan(187 - 9);
  });

  it('accepts a FeatureCollection as well as an array of features', () => {
    const a = fitProjection(600, regions).projection;
    const b = fitProjection(600, collection).projection;
    expect(a.scale).toBe(b.scale);
    expect(a.translate).toEqual(b.translate);
  });

  it('with maxHeight, scales a taller map down and centres it horizontally', () => {
    const { projection, height } = fitProjection(1200, regions, { maxHeight: 400, padding: 10 });
    expect(height).toBe(400);
    const [[x0, y0], [x1, y1]] = projectedBounds(collection, projection);
    expect(y0).toBeCloseTo(10, 6);
    expect(y1).toBeCloseTo(390, 6);
    expect(x0 + x1).toBeCloseTo(1200, 6);
    expect(x1 - x0).toBeLessThan(1180);
  });

  it('ignores maxHeight when the map is lower', () => {
    expect(fitProjection(1200, regions, { maxHeight: 2000 }).height).toBe(672);
  });

  it('rejects a width, padding or maxHeight that cannot hold a map, and an empty object', () => {
    expect(() => fitProjection(0, regions)).toThrow('invalid width: 0');
    expect(() => fitProjection(Number.NaN, regions)).toThrow('invalid width: NaN');
    expect(() => fitProjection(100, regions, { padding: 50 })).toThrow('invalid padding: 50');
    expect(() => fitProjection(100, regions, { padding: -1 })).toThrow('invalid padding: -1');
    expect(() => fitProjection(1200, regions, { maxHeight: 10, padding: 5 })).toThrow(
      'invalid maxHeight: 10',
    );
    expect(() => fitProjection(1200, [])).toThrow('invalid object: nothing to fit');
  });
});

/** The subpaths of SVG path data written as M, L and Z commands, as lists of points. */
function subpaths(d: string): { points: [number, number][]; closed: boolean }[] {
  const result: { points: [number, number][]; closed: boolean }[] = [];
  for (const [, command, x, y] of d.matchAll(/([MLZ])(?:(-?[\d.e-]+),(-?[\d.e-]+))?/g)) {
    if (command === 'M') result.push({ points: [], closed: false });
    if (command === 'Z') result[result.length - 1].closed = true;
    else result[result.length - 1].points.push([Number(x), Number(y)]);
  }
  return result;
}

const distanceToSegment = (
  [px, py]: [number, number],
  [ax, ay]: [number, number],
  [bx, by]: [number, number],
): number => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx || dy ? ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy) : 0;
  const u = Math.max(0, Math.min(1, t));
  return Math.hypot(px - ax - u * dx, py - ay - u * dy);
};

/**
 * Compares our path data with d3-geo's. d3 may add points along long edges (adaptive
 * resampling of great-circle arcs); we keep edges straight. So: the same subpaths, ours a
 * subsequence of d3's with equal vertices, and the largest distance from a point only d3 has
 * to our straight edge. Returns that distance and how many points d3 added.
 */
function comparePaths(ours: string, theirs: string): { added: number; deviation: number } {
  const a = subpaths(ours);
  const b = subpaths(theirs);
  expect(a.map((s) => s.closed)).toEqual(b.map((s) => s.closed));
  let added = 0;
  let deviation = 0;
  a.forEach(({ points, closed }, index) => {
    const other = b[index].points;
    let j = 0;
    for (let i = 0; i < points.length; i++) {
      const [x, y] = points[i];
      for (; j < other.length && (other[j][0] !== x || other[j][1] !== y); j++, added++) {
        if (i === 0) throw new Error(`subpath ${index}: d3 starts elsewhere`);
        deviation = Math.max(deviation, distanceToSegment(other[j], points[i - 1], points[i]));
      }
      if (j++ === other.length) throw new Error(`subpath ${index}: vertex ${i} not in d3's path`);
    }
    // Points after our last vertex lie on the closing edge of a ring.
    for (; j < other.length; j++, added++) {
      if (!closed) throw new Error(`subpath ${index}: d3's line goes on after ours`);
      deviation = Math.max(deviation, distanceToSegment(other[j], points.at(-1)!, points[0]));
    }
  });
  return { added, deviation };
}

describe('mapPath(projection, digits)', () => {
  it("draws the shapes d3-geo's geoPath draws, on every layout: areas, borders and outline", () => {
    for (const { id, topology, features } of layouts) {
      for (const width of [320, 1200, 2400]) {
        const { projection } = fitProjection(width, features, { padding: 4 });
        const reference = d3Fit(width, features, { padding: 4 }).projection;
        const ours = mapPath(projection);
        const theirs = geoPath(reference).digits(1);
        const objects: (AreaFeature | MultiLineString)[] = [
          ...features,
          interiorMesh(topology),
          outlineMesh(topology),
        ];
        let added = 0;
        let deviation = 0;
        for (const object of objects) {
          const d = ours(object);
          const expected = theirs(object)!;
          if (d === expected) continue;
          const result = comparePaths(d, expected);
          added += result.added;
          deviation = Math.max(deviation, result.deviation);
        }
        expect(deviation, `${id} at ${width} px`).toBeLessThan(0.5);
        // The shipped maps have no edge long enough for d3 to resample, so the data is equal.
        expect(added, `${id} at ${width} px`).toBe(0);
      }
    }
  });

  it('keeps edges straight where d3-geo bends them along great circles', () => {
    // Hand-made fixture, not real geography: a 20° × 5° quadrilateral over the country.
    const box: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [50, 45],
          [50, 50],
          [70, 50],
          [70, 45],
          [50, 45],
        ],
      ],
    };
    const { projection } = fitProjection(1200, regions);
    const reference = d3Fit(1200, regions).projection;
    const d = mapPath(projection)(box);
    expect(subpaths(d)[0].points).toHaveLength(4);
    const { added, deviation } = comparePaths(d, geoPath(reference).digits(1)(box)!);
    expect(added).toBeGreaterThan(0);
    expect(deviation).toBeGreaterThan(0.5);
  });

  it('writes M…L…Z per ring and M…L… per line, rounded to one decimal by default', () => {
    const { projection } = fitProjection(1200, regions);
    const d = mapPath(projection)(regions[0]);
    expect(d).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(d).toMatch(/Z$/);
    expect(d).not.toMatch(/\.\d{2}/);
    expect(mapPath(projection, 0)(regions[0])).not.toMatch(/\./);
    const line: MultiLineString = {
      type: 'MultiLineString',
      coordinates: [
        [
          [60, 45],
          [61, 46],
        ],
      ],
    };
    const open = mapPath(kzProjection(1000, [0, 900]), 0)(line);
    expect(open).toBe('M-86,18L-72,1');
    expect(open).toBe(geoPath(d3Conic().scale(1000).translate([0, 900])).digits(0)(line));
  });

  it('returns an empty string for an empty object and rejects negative digits', () => {
    const empty: Feature<null> = { type: 'Feature', geometry: null, properties: null };
    expect(mapPath(kzProjection())(empty)).toBe('');
    expect(mapPath(kzProjection())([])).toBe('');
    expect(() => mapPath(kzProjection(), -1)).toThrow('invalid digits: -1');
  });
});
