import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { areaFeatures, countryShape, interiorMesh, outlineMesh } from '../../src/geo/features.js';
import { shippedMap, threeSquares } from './geo-fixtures.js';

describe('areaFeatures(topology)', () => {
  it('returns one GeoJSON feature per unit, with its id and properties', () => {
    const features = areaFeatures(threeSquares);
    expect(features.map((f) => [f.type, f.id, f.geometry.type, f.properties.region_2022])).toEqual([
      ['Feature', 'A', 'Polygon', 'R1'],
      ['Feature', 'B', 'Polygon', 'R1'],
      ['Feature', 'C', 'Polygon', 'R2'],
    ]);
    expect(features[1].geometry.coordinates).toEqual([
      [
        [1, 0],
        [1, 1],
        [2, 1],
        [2, 0],
        [1, 0],
      ],
    ]);
  });

  it('keeps the winding d3-geo expects: a 1° square at the equator covers about 1° × 1°', () => {
    const [a] = areaFeatures(threeSquares);
    // A small positive area; the wrong winding would give the rest of the sphere (≈ 4π).
    const flat = (Math.PI / 180) * Math.sin(Math.PI / 180);
    expect(Math.abs(geoArea(a) / flat - 1)).toBeLessThan(1e-4);
  });

  it('reads the shipped 2022 map as 20 features: 17 regions and 3 cities', () => {
    const features = areaFeatures(shippedMap('regions-2022'));
    expect(features).toHaveLength(20);
    expect(features.filter((f) => f.properties.type === 'city').map((f) => f.id)).toEqual([
      'KZ-71',
      'KZ-75',
      'KZ-79',
    ]);
  });
});

describe('interiorMesh(topology, by)', () => {
  it('draws each shared border once', () => {
    expect(interiorMesh(threeSquares)).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [1, 1],
          [1, 0],
        ],
        [
          [2, 1],
          [2, 0],
        ],
      ],
    });
  });

  it('with a property, keeps only the borders where its value changes', () => {
    expect(interiorMesh(threeSquares, 'region_2022').coordinates).toEqual([
      [
        [2, 1],
        [2, 0],
      ],
    ]);
  });

  it('on the districts map, draws the region borders of each layout', () => {
    const districts = shippedMap('districts-2024');
    const lines = (by?: 'region_2022' | 'region_pre2018') =>
      interiorMesh(districts, by).coordinates.length;
    expect(lines('region_2022')).toBeLessThan(lines());
    expect(lines('region_pre2018')).toBeLessThan(lines('region_2022'));
  });
});

describe('outlineMesh(topology)', () => {
  it('draws the outer edge only, stitched into one closed line', () => {
    const outline = outlineMesh(threeSquares);
    expect(outline.coordinates).toHaveLength(1);
    const line = outline.coordinates[0];
    expect(line[0]).toEqual(line[line.length - 1]);
    expect(new Set(line.map((p) => p.join()))).toEqual(
      new Set(['0,0', '0,1', '1,1', '2,1', '3,1', '3,0', '2,0', '1,0']),
    );
  });
});

describe('countryShape(topology)', () => {
  it('merges the units into one polygon with their total area', () => {
    const shape = countryShape(threeSquares);
    expect(shape.type).toBe('MultiPolygon');
    expect(shape.coordinates).toHaveLength(1);
    const sum = areaFeatures(threeSquares).reduce((total, f) => total + geoArea(f), 0);
    expect(geoArea(shape)).toBeCloseTo(sum, 12);
  });

  it('gives the same country for every shipped layout', () => {
    const area = (file: string) => geoArea(countryShape(shippedMap(file)));
    expect(area('regions-2018')).toBeCloseTo(area('regions-2022'), 12);
    expect(area('regions-pre2018')).toBeCloseTo(area('regions-2022'), 12);
  });
});
