import { describe, expect, it } from 'vitest';
import { geoDistance, geoPath } from 'd3-geo';
import { areaFeatures } from '../../src/geo/features.js';
import {
  KZ_CENTRAL_MERIDIAN,
  KZ_PARALLELS,
  fitProjection,
  kzProjection,
  mapPath,
} from '../../src/geo/projection.js';
import { shippedMap } from './geo-fixtures.js';

const regions = areaFeatures(shippedMap('regions-2022'));
const collection = { type: 'FeatureCollection' as const, features: regions };

describe('kzProjection()', () => {
  it('is a conformal conic on 67°E with standard parallels 43°N and 53°N', () => {
    const projection = kzProjection();
    expect(KZ_CENTRAL_MERIDIAN).toBe(67);
    expect(KZ_PARALLELS).toEqual([43, 53]);
    expect(projection.rotate()).toEqual([-67, 0, 0]);
    expect(projection.parallels()).toEqual([43, 53]);
  });

  it('keeps the scale within 0.5 % of true from 40.6°N to 55.4°N, and true on the parallels', () => {
    const projection = kzProjection().scale(1000).translate([0, 0]);
    const scaleAt = (lat: number) => {
      const a = projection([67, lat])!;
      const b = projection([67, lat + 0.01])!;
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
    const projection = kzProjection().scale(1000).translate([0, 0]);
    const [x1] = projection([50, 55])!;
    const [x2] = projection([50, 41])!;
    expect(x1).toBeGreaterThan(x2);
  });
});

describe('fitProjection(width, features, options)', () => {
  it('fills the width and takes the height from the aspect ratio', () => {
    const { projection, width, height } = fitProjection(1200, regions);
    expect(width).toBe(1200);
    expect(height).toBe(672);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(collection);
    expect(x0).toBeCloseTo(0, 6);
    expect(x1).toBeCloseTo(1200, 6);
    expect(y0).toBeCloseTo(0, 6);
    expect(y1).toBeGreaterThan(671);
    expect(y1).toBeLessThanOrEqual(672);
  });

  it('leaves padding on every side', () => {
    const { projection, height } = fitProjection(320, regions, { padding: 8 });
    expect(height).toBe(187);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(collection);
    expect(x0).toBeCloseTo(8, 6);
    expect(x1).toBeCloseTo(312, 6);
    expect(y0).toBeCloseTo(8, 6);
    expect(y1).toBeLessThanOrEqual(187 - 8);
    expect(y1).toBeGreaterThan(187 - 9);
  });

  it('accepts a FeatureCollection as well as an array of features', () => {
    const a = fitProjection(600, regions).projection;
    const b = fitProjection(600, collection).projection;
    expect(a.scale()).toBe(b.scale());
    expect(a.translate()).toEqual(b.translate());
  });

  it('with maxHeight, scales a taller map down and centres it horizontally', () => {
    const { projection, height } = fitProjection(1200, regions, { maxHeight: 400, padding: 10 });
    expect(height).toBe(400);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(collection);
    expect(y0).toBeCloseTo(10, 6);
    expect(y1).toBeCloseTo(390, 6);
    expect(x0 + x1).toBeCloseTo(1200, 6);
    expect(x1 - x0).toBeLessThan(1180);
  });

  it('ignores maxHeight when the map is lower', () => {
    expect(fitProjection(1200, regions, { maxHeight: 2000 }).height).toBe(672);
  });

  it('rejects a width, padding or maxHeight that cannot hold a map', () => {
    expect(() => fitProjection(0, regions)).toThrow('invalid width: 0');
    expect(() => fitProjection(Number.NaN, regions)).toThrow('invalid width: NaN');
    expect(() => fitProjection(100, regions, { padding: 50 })).toThrow('invalid padding: 50');
    expect(() => fitProjection(100, regions, { padding: -1 })).toThrow('invalid padding: -1');
    expect(() => fitProjection(1200, regions, { maxHeight: 10, padding: 5 })).toThrow(
      'invalid maxHeight: 10',
    );
  });
});

describe('mapPath(projection, digits)', () => {
  it('rounds SVG coordinates to one decimal by default', () => {
    const { projection } = fitProjection(1200, regions);
    const d = mapPath(projection)(regions[0])!;
    expect(d).toMatch(/^M/);
    expect(d).not.toMatch(/\.\d{2}/);
    expect(mapPath(projection, 0)(regions[0])).not.toMatch(/\./);
  });
});
