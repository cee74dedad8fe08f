import type { AreaFeature } from './features.js';
import {
  projectedRings,
  ringsContainment,
  type MapObject,
  type PointProjection,
} from './planar.js';

/** The cities of republican significance, too small to see or hit on a national map. */
export const SMALL_CITIES: readonly string[] = Object.freeze(['KZ-71', 'KZ-75', 'KZ-79']);

/** A projected point in pixels: where a city is. */
export interface CityPoint {
  id: string;
  x: number;
  y: number;
}

export interface CitySymbol {
  id: string;
  /** Centre of the symbol. */
  x: number;
  y: number;
  /** Where the city is (its label point); a leader line joins it to the symbol when `leader`. */
  anchorX: number;
  anchorY: number;
  /** Radius of the drawn circle. */
  radius: number;
  /** Radius of the pointer and touch target, at least 12 (a 24 px target). */
  hitRadius: number;
  /** True when the symbol was moved off the city far enough to need a leader line. */
  leader: boolean;
  /** Side of the symbol the name goes on: `start` = to the right, `end` = to the left. */
  labelAnchor: 'start' | 'end';
}

export interface CitySymbolOptions {
  /** Radius of the drawn circle; default grows with the width from 5 (320 px) to 9 px. */
  radius?: number;
  /** Radius of the hit target; never less than 12. */
  hitRadius?: number;
  /** Minimum space between two hit targets (default 2). */
  gap?: number;
  /** Height of the drawing: symbols stay inside 0…width × 0…height. */
  height?: number;
  /** Tells whether a pixel lies inside the country; symbols are kept inside when given. */
  inside?: (x: number, y: number) => boolean;
  /** Room needed for a name beside its symbol, used to pick its side (default 72). */
  labelWidth?: number;
}

export const MIN_HIT_RADIUS = 12;

/** Directions tried when a symbol must move, in order: north first (into the country for the
 * southern cities), then the diagonals and sides, south last. Angles in degrees, y down. */
const DIRECTIONS = [-90, -45, -135, 0, 180, 45, 135, 90].map((deg) => (deg * Math.PI) / 180);
const RINGS = 8;

/** Default symbol radius for a map width: 5 px at 320 px wide, 9 px from about 1100 px. */
export function cityRadius(width: number): number {
  return Math.max(5, Math.min(9, Math.round(width / 120)));
}

/**
 * Places a symbol for each city. A symbol stays on its city unless it would overlap an earlier
 * symbol, leave the drawing or (with `inside`) leave the country; then it moves outward in steps
 * of its hit radius, trying the directions in a fixed order, and gets a leader line. Pure:
 * the same points and width give the same symbols.
 */
export function citySymbols(
  points: readonly CityPoint[],
  width: number,
  options: CitySymbolOptions = {},
): CitySymbol[] {
  if (!(Number.isFinite(width) && width > 0)) throw new Error(`invalid width: ${width}`);
  const radius = options.radius ?? cityRadius(width);
  const hitRadius = Math.max(MIN_HIT_RADIUS, radius, options.hitRadius ?? MIN_HIT_RADIUS);
  const gap = options.gap ?? 2;
  const height = options.height ?? Infinity;
  const labelWidth = options.labelWidth ?? 72;
  const { inside } = options;
  const placed: CitySymbol[] = [];

  const fits = (x: number, y: number): boolean => {
    if (x - hitRadius < 0 || x + hitRadius > width || y - hitRadius < 0 || y + hitRadius > height) {
      return false;
    }
    for (const other of placed) {
      if (Math.hypot(other.x - x, other.y - y) < hitRadius + other.hitRadius + gap) return false;
    }
    if (inside) {
      if (!inside(x, y)) return false;
      for (const angle of DIRECTIONS) {
        if (!inside(x + radius * Math.cos(angle), y + radius * Math.sin(angle))) return false;
      }
    }
    return true;
  };

  for (const point of points) {
    let position: [number, number] = [point.x, point.y];
    if (!fits(point.x, point.y)) {
      search: for (let ring = 1; ring <= RINGS; ring++) {
        for (const angle of DIRECTIONS) {
          const x = point.x + ring * hitRadius * Math.cos(angle);
          const y = point.y + ring * hitRadius * Math.sin(angle);
          if (fits(x, y)) {
            position = [round(x), round(y)];
            break search;
          }
        }
      }
    }
    const [x, y] = position;
    placed.push({
      id: point.id,
      x,
      y,
      anchorX: point.x,
      anchorY: point.y,
      radius,
      hitRadius,
      leader: Math.hypot(x - point.x, y - point.y) > radius,
      labelAnchor: x + hitRadius + labelWidth <= width ? 'start' : 'end',
    });
  }
  return placed;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** The projected label points of the small cities present in a set of features. */
export function cityPoints(
  features: readonly AreaFeature[],
  projection: PointProjection,
): CityPoint[] {
  const points: CityPoint[] = [];
  for (const id of SMALL_CITIES) {
    const area = features.find((candidate) => candidate.id === id);
    const projected = area && projection(area.properties.label);
    if (projected) points.push({ id, x: projected[0], y: projected[1] });
  }
  return points;
}

/**
 * An `inside` test for `citySymbols`: whether a pixel falls inside the polygons of `object` (the
 * country) as drawn with `projection`, edges straight in pixels. Projects the object once.
 */
export function insideProjected(
  object: MapObject,
  projection: PointProjection,
): (x: number, y: number) => boolean {
  return ringsContainment(projectedRings(object, projection));
}
