// Shared by the geo-*.test.ts files: the shipped maps, and one hand-made fixture.
import { readFileSync } from 'node:fs';
import type { AreaTopology } from '../../src/geo/features.js';

export function shippedMap(file: string): AreaTopology {
  return JSON.parse(
    readFileSync(new URL(`../../maps/${file}.json`, import.meta.url), 'utf8'),
  ) as AreaTopology;
}

const props = (name: string, region: string) => ({
  name_en: name,
  name_kk: name,
  name_kk_latn: name,
  name_ru: name,
  type: 'district' as const,
  kato: '000000000',
  label: [0, 0] as [number, number],
  region_2022: region,
});

/**
 * Hand-made fixture, not real geography: three 1° squares in a row, A [0,1]×[0,1],
 * B [1,2]×[0,1], C [2,3]×[0,1]; A and B in region R1, C in R2. Arcs 0 (A|B) and 3 (B|C) are
 * shared; 1, 2, 4 and 5 are the outline.
 */
export const threeSquares: AreaTopology = {
  type: 'Topology',
  arcs: [
    [
      [1, 1],
      [1, 0],
    ],
    [
      [1, 0],
      [0, 0],
      [0, 1],
      [1, 1],
    ],
    [
      [1, 1],
      [2, 1],
    ],
    [
      [2, 1],
      [2, 0],
    ],
    [
      [2, 0],
      [1, 0],
    ],
    [
      [2, 1],
      [3, 1],
      [3, 0],
      [2, 0],
    ],
  ],
  objects: {
    areas: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: 'A', arcs: [[1, 0]], properties: props('A', 'R1') },
        { type: 'Polygon', id: 'B', arcs: [[-1, 2, 3, 4]], properties: props('B', 'R1') },
        { type: 'Polygon', id: 'C', arcs: [[-4, 5]], properties: props('C', 'R2') },
      ],
    },
  },
};

/**
 * The even-odd test on every edge, the plain form of ringsContainment: the reference its
 * answers are checked against.
 */
export function ringsContain(rings: readonly (readonly number[])[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const xi = ring[i];
      const yi = ring[i + 1];
      const xj = ring[j];
      const yj = ring[j + 1];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
