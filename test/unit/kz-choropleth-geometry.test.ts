import { describe, expect, it } from 'vitest';
import { MAP_LAYOUTS } from '../../src/geo/layouts.js';
import { areaFeatures, interiorMesh, outlineMesh } from '../../src/geo/features.js';
import { fitProjection, kzProjection, mapPath } from '../../src/geo/projection.js';
import { kzLinear, kzUnit } from '../../src/geo/conic.js';
import {
  MAP_PADDING,
  buildGeometry,
  geometryFor,
} from '../../src/components/kz-choropleth/geometry.js';
import { shippedMap } from './geo-fixtures.js';
import type { LayoutId } from '../../src/data/types.js';

describe('kzLinear(scale, translate)(kzUnit(point))', () => {
  it('is kzProjection(scale, translate)(point), bit for bit', () => {
    const projection = kzProjection(1234.5, [-321.25, 987.75]);
    const linear = kzLinear(1234.5, [-321.25, 987.75]);
    for (const point of [
      [46.5, 40.6],
      [87.3, 55.4],
      [71.43, 51.13],
      [67, 0],
      [50.123456, 44.987654],
    ] as [number, number][]) {
      expect(linear(kzUnit(point))).toEqual(projection(point));
    }
  });
});

describe('buildGeometry(layout, topology, width, withCities)', () => {
  // The straightforward way: fit the projection on the features, then project every line.
  const direct = (layout: LayoutId, width: number) => {
    const topology = shippedMap(MAP_LAYOUTS[layout].file);
    const features = areaFeatures(topology);
    const { projection, height } = fitProjection(width, features, { padding: MAP_PADDING });
    const path = mapPath(projection, 1);
    return {
      topology,
      height,
      paths: new Map(features.map((f) => [f.id, path(f)])),
      mesh: path(interiorMesh(topology)),
      regionMesh: layout === 'districts' ? path(interiorMesh(topology, 'region_2022')) : '',
      outline: path(outlineMesh(topology)),
    };
  };

  for (const layout of Object.keys(MAP_LAYOUTS) as LayoutId[]) {
    it(`draws the ${layout} layout exactly as fitting and projecting the features directly`, () => {
      for (const width of [320, 800]) {
        const expected = direct(layout, width);
        const g = buildGeometry(layout, expected.topology, width, true);
        expect(g.height).toBe(expected.height);
        expect(g.paths).toEqual(expected.paths);
        expect(g.mesh).toBe(expected.mesh);
        expect(g.regionMesh).toBe(expected.regionMesh);
        expect(g.outline).toBe(expected.outline);
      }
    });
  }
});

describe('geometryFor(layout, topology, width, withCities)', () => {
  it('builds once per topology, layout, width and city symbols, for every map of the page', () => {
    const topology = shippedMap('regions-2022');
    const first = geometryFor('2022', topology, 640, true);
    expect(geometryFor('2022', topology, 640, true)).toBe(first);
    expect(geometryFor('2022', topology, 641, true)).not.toBe(first);
    expect(geometryFor('2022', topology, 640, false)).not.toBe(first);
    expect(geometryFor('2022', topology, 640, false).cities).toEqual([]);
    // Another copy of the same file (another page-wide load) is another topology.
    expect(geometryFor('2022', shippedMap('regions-2022'), 640, true)).not.toBe(first);
    expect(geometryFor('2022', topology, 640, true)).toEqual(
      buildGeometry('2022', topology, 640, true),
    );
  });

  it('keeps up to eight widths of a topology, then starts again', () => {
    const topology = shippedMap('regions-2018');
    const first = geometryFor('2018', topology, 500, true);
    for (let w = 501; w < 508; w++) geometryFor('2018', topology, w, true);
    expect(geometryFor('2018', topology, 500, true)).toBe(first);
    geometryFor('2018', topology, 508, true);
    expect(geometryFor('2018', topology, 500, true)).not.toBe(first);
  });
});
