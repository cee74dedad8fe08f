import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { MAP_LAYOUTS } from '../../src/geo/layouts.js';
import {
  areaFeatures,
  countryShape,
  interiorMesh,
  outlineMesh,
  type AreaTopology,
} from '../../src/geo/features.js';
import { kzUnit } from '../../src/geo/conic.js';
import { projectedBounds } from '../../src/geo/planar.js';
import { arcExtent, projectTopology } from '../../src/geo/projected-topology.js';
import { shippedMap, threeSquares } from './geo-fixtures.js';

type Coordinates = Position | Coordinates[];
const projectEach = (c: Coordinates): Coordinates =>
  typeof c[0] === 'number' ? kzUnit(c as [number, number]) : (c as Coordinates[]).map(projectEach);

const layouts = Object.values(MAP_LAYOUTS).map((layout) => ({
  id: layout.id,
  topology: shippedMap(layout.file),
}));

describe('projectTopology(topology, project)', () => {
  for (const { id, topology } of layouts) {
    it(`gives the ${id} map's features and meshes with each point projected, bit for bit`, () => {
      const projected = projectTopology(topology, kzUnit);
      expect(projected.transform).toBeUndefined();
      expect(projected.objects).toBe(topology.objects);
      const features = areaFeatures(projected);
      areaFeatures(topology).forEach((f, i) => {
        expect(features[i].id).toBe(f.id);
        expect(features[i].properties).toBe(f.properties);
        expect(features[i].geometry.coordinates).toStrictEqual(projectEach(f.geometry.coordinates));
      });
      expect(interiorMesh(projected).coordinates).toStrictEqual(
        projectEach(interiorMesh(topology).coordinates),
      );
      expect(interiorMesh(projected, 'region_2022').coordinates).toStrictEqual(
        projectEach(interiorMesh(topology, 'region_2022').coordinates),
      );
      expect(outlineMesh(projected).coordinates).toStrictEqual(
        projectEach(outlineMesh(topology).coordinates),
      );
    });
  }

  it('gives the country as the same rings, projected, in any order', () => {
    for (const { topology } of layouts) {
      const rings = (shape: Coordinates) =>
        (shape as Coordinates[][]).flat().map((ring) => JSON.stringify(ring));
      expect(rings(countryShape(projectTopology(topology, kzUnit)).coordinates).sort()).toEqual(
        rings(projectEach(countryShape(topology).coordinates)).sort(),
      );
    }
  });

  it('projects the points of a topology without a transform as they are', () => {
    // threeSquares (hand-made fixture) has no transform: its arcs hold the points themselves.
    const projected = projectTopology(threeSquares, ([x, y]) => [10 * x, -y]);
    expect(projected.arcs[1]).toEqual([
      [10, -0],
      [0, -0],
      [0, -1],
      [10, -1],
    ]);
    expect(threeSquares.arcs[1][0]).toEqual([1, 0]);
  });

  it('decodes quantized arcs as topojson-client does: deltas summed, scaled, translated', () => {
    // Hand-made fixture: one arc of three points in a 0.5° grid from 40°E, 45°N.
    const quantized = {
      ...threeSquares,
      transform: { scale: [0.5, 0.5], translate: [40, 45] },
      arcs: [
        [
          [2, 4],
          [1, -1],
          [-3, 0],
        ],
      ],
    } as AreaTopology;
    expect(projectTopology(quantized, (p) => [p[0], p[1]]).arcs).toEqual([
      [
        [41, 47],
        [41.5, 46.5],
        [40, 46.5],
      ],
    ]);
  });
});

describe('arcExtent(topology, object)', () => {
  for (const { id, topology } of layouts) {
    it(`is the bounds of the ${id} map's feature points, bit for bit`, () => {
      const projected = projectTopology(topology, kzUnit);
      expect(arcExtent(projected, projected.objects.areas)).toStrictEqual(
        projectedBounds(areaFeatures(projected), (p) => p),
      );
    });
  }

  it('counts only the arcs the object uses', () => {
    // threeSquares (hand-made fixture): square A uses arcs 0 and 1, x 0…1.
    const [a] = threeSquares.objects.areas.geometries;
    expect(arcExtent(threeSquares, a)).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(arcExtent(threeSquares, threeSquares.objects.areas)).toEqual([
      [0, 0],
      [3, 1],
    ]);
  });
});
