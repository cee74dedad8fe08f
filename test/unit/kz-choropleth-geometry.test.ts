import { describe, expect, it } from 'vitest';
import { MAP_LAYOUTS } from '../../src/geo/layouts.js';
import type { Position } from 'geojson';
import {
  areaFeatures,
  countryShape,
  interiorMesh,
  outlineMesh,
  type AreaFeature,
  type AreaTopology,
} from '../../src/geo/features.js';
import { fitProjection, fitToWidth, kzProjection, mapPath } from '../../src/geo/projection.js';
import { kzLinear, kzUnit } from '../../src/geo/conic.js';
import { projectedRings, type MapGeometry } from '../../src/geo/planar.js';
import { ringsContain } from './geo-fixtures.js';
import { cityPoints, citySymbols } from '../../src/geo/cities.js';
import { areaOrder, type NavPoint } from '../../src/geo/navigation.js';
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

  // The earlier implementation, kept as the reference: every feature point through kzUnit, the fit
  // on all of them, the country merged from the quantized topology and projected per width.
  type Coordinates = Position | Coordinates[];
  const unitCoordinates = (c: Coordinates): Coordinates =>
    typeof c[0] === 'number'
      ? kzUnit(c as [number, number])
      : (c as Coordinates[]).map(unitCoordinates);
  const unitGeometry = <T extends MapGeometry>(g: T): T =>
    ({ type: g.type, coordinates: unitCoordinates(g.coordinates as Coordinates) }) as T;
  const earlier = (
    layout: LayoutId,
    topology: AreaTopology,
    width: number,
    withCities: boolean,
  ) => {
    const features: AreaFeature[] = areaFeatures(topology).map((f) => ({
      ...f,
      geometry: unitGeometry(f.geometry),
    }));
    const { scale, translate, height } = fitToWidth(width, features, MAP_PADDING, kzLinear);
    const projection = kzProjection(scale, translate);
    const path = mapPath(kzLinear(scale, translate), 1);
    const paths = new Map<string, string>();
    features.forEach((f) => paths.set(f.id, path(f)));
    const rings = projectedRings(countryShape(topology), projection);
    const cities =
      withCities && layout !== 'districts'
        ? citySymbols(cityPoints(features, projection), width, {
            height,
            inside: (x, y) => ringsContain(rings, x, y),
          })
        : [];
    const cityAt = new Map(cities.map((c) => [c.id, c]));
    const nav: NavPoint[] = features.map((f) => {
      const city = cityAt.get(f.id);
      if (city) return { id: f.id, x: city.x, y: city.y };
      const [x, y] = projection(f.properties.label);
      return { id: f.id, x, y };
    });
    return {
      layout,
      width,
      height,
      ids: features.map((f) => f.id),
      paths,
      mesh: path(unitGeometry(interiorMesh(topology))),
      regionMesh:
        layout === 'districts' ? path(unitGeometry(interiorMesh(topology, 'region_2022'))) : '',
      outline: path(unitGeometry(outlineMesh(topology))),
      cities,
      nav,
      order: areaOrder(nav),
    };
  };

  for (const layout of Object.keys(MAP_LAYOUTS) as LayoutId[]) {
    it(`draws the ${layout} layout as the earlier implementation did, at every width`, () => {
      const topology = shippedMap(MAP_LAYOUTS[layout].file);
      // Phone to desktop widths, odd ones included; the second and later reuse the projected map.
      for (const width of [280, 320, 375, 401, 640, 800, 1033, 1600]) {
        for (const withCities of [true, false]) {
          expect(buildGeometry(layout, topology, width, withCities)).toStrictEqual(
            earlier(layout, topology, width, withCities),
          );
        }
      }
    });

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
