import { describe, expect, it } from 'vitest';
import { areaFeatures } from '../../src/geo/features.js';
import { fitProjection } from '../../src/geo/projection.js';
import {
  areaOrder,
  isDirection,
  nearestInDirection,
  type Direction,
  type NavPoint,
} from '../../src/geo/navigation.js';
import { shippedMap } from './geo-fixtures.js';

const DIRECTIONS: Direction[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

function labelPoints(file: string, width = 1200): NavPoint[] {
  const features = areaFeatures(shippedMap(file));
  const { projection } = fitProjection(width, features);
  return features.map((f) => {
    const [x, y] = projection(f.properties.label);
    return { id: f.id, x, y };
  });
}

// Hand-made points (pixels, y down), not real places: a centre with neighbours around it.
const around: NavPoint[] = [
  { id: 'centre', x: 0, y: 0 },
  { id: 'north', x: 0, y: -50 },
  { id: 'near-north-east', x: 20, y: -15 },
  { id: 'east', x: 60, y: 5 },
  { id: 'south-far', x: 10, y: 200 },
  { id: 'south-south-west', x: -10, y: 25 },
];

describe('isDirection(key)', () => {
  it('accepts the four arrow keys only', () => {
    expect(DIRECTIONS.every(isDirection)).toBe(true);
    expect(['Enter', 'Home', 'arrowup', 'Up', 'toString'].some(isDirection)).toBe(false);
  });
});

describe('nearestInDirection(points, fromId, direction)', () => {
  it('looks within 45° of the direction first', () => {
    // near-north-east is nearer, but 53° off ArrowUp.
    expect(nearestInDirection(around, 'centre', 'ArrowUp')).toBe('north');
  });

  it('takes the nearest area in that cone', () => {
    expect(nearestInDirection(around, 'centre', 'ArrowRight')).toBe('near-north-east');
    expect(nearestInDirection(around, 'centre', 'ArrowDown')).toBe('south-south-west');
  });

  it('prefers an area straight ahead to one slightly nearer off to the side', () => {
    const points: NavPoint[] = [
      { id: 'o', x: 0, y: 0 },
      { id: 'ahead', x: 30, y: 0 }, // 30 px away, score 30
      { id: 'aside', x: 25, y: 15 }, // 29.2 px away, score 29.2 + 15
    ];
    expect(nearestInDirection(points, 'o', 'ArrowRight')).toBe('ahead');
  });

  it('takes what is ahead within 72° when nothing is within 45°', () => {
    // south-south-west is 10 px west and 25 px south: 68° off the ArrowLeft direction.
    expect(nearestInDirection(around, 'centre', 'ArrowLeft')).toBe('south-south-west');
  });

  it('returns null when nothing lies in that direction', () => {
    expect(nearestInDirection(around, 'north', 'ArrowUp')).toBeNull();
    expect(nearestInDirection(around, 'east', 'ArrowRight')).toBeNull();
    expect(nearestInDirection(around, 'nowhere', 'ArrowUp')).toBeNull();
  });

  it('breaks ties by id', () => {
    const tie: NavPoint[] = [
      { id: 'o', x: 0, y: 0 },
      { id: 'b', x: 10, y: 5 },
      { id: 'a', x: 10, y: -5 },
    ];
    expect(nearestInDirection(tie, 'o', 'ArrowRight')).toBe('a');
  });

  it('moves between neighbouring regions of the 2022 map', () => {
    const points = labelPoints('regions-2022');
    const moves = (id: string) => DIRECTIONS.map((d) => nearestInDirection(points, id, d));
    // [up, down, left, right]
    expect(moves('KZ-71')).toEqual(['KZ-59', 'KZ-35', 'KZ-11', 'KZ-55']); // Astana
    expect(moves('KZ-27')).toEqual([null, 'KZ-23', null, 'KZ-15']); // West Kazakhstan
    expect(moves('KZ-63')).toEqual(['KZ-55', 'KZ-33', 'KZ-10', null]); // East Kazakhstan
  });

  it.each([
    ['regions-2022', 20],
    ['regions-2018', 17],
    ['regions-pre2018', 16],
    ['districts-2024', 224],
  ])('lets the arrow keys reach every unit of %s from any unit', (file, count) => {
    const points = labelPoints(file);
    const moves = new Map(
      points.map((p) => [
        p.id,
        DIRECTIONS.map((d) => nearestInDirection(points, p.id, d)).filter((id) => id !== null),
      ]),
    );
    const backwards = new Map<string, string[]>(points.map((p) => [p.id, []]));
    for (const [from, targets] of moves) for (const to of targets) backwards.get(to)!.push(from);
    // Strongly connected: every unit reachable from the first, and the first from every unit.
    const reach = (edges: Map<string, string[]>) => {
      const seen = new Set([points[0].id]);
      const queue = [points[0].id];
      while (queue.length) {
        for (const next of edges.get(queue.shift()!)!) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      return seen.size;
    };
    expect(reach(moves)).toBe(count);
    expect(reach(backwards)).toBe(count);
  });
});

describe('areaOrder(points)', () => {
  it('orders west to east, then north to south, then by id', () => {
    const points: NavPoint[] = [
      { id: 'c', x: 5, y: 0 },
      { id: 'b', x: 0, y: 10 },
      { id: 'a', x: 0, y: 10 },
      { id: 'd', x: 0, y: -10 },
    ];
    expect(areaOrder(points)).toEqual(['d', 'a', 'b', 'c']);
    expect(points.map((p) => p.id)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('starts the 2022 map in West Kazakhstan and ends it in East Kazakhstan', () => {
    const order = areaOrder(labelPoints('regions-2022'));
    expect(order).toHaveLength(20);
    expect(order[0]).toBe('KZ-27');
    expect(order[19]).toBe('KZ-63');
  });
});
