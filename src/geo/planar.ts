// Geometry after projection, in pixels: the lines of a GeoJSON object, their bounds, and whether
// a pixel falls inside projected polygons. Edges are straight in pixels, as the SVG draws them.
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';

/** What the drawing functions need of a projection: [longitude, latitude] in degrees to [x, y]
 * in pixels, or `null` for a point it cannot show. A d3-geo projection fits too. */
export type PointProjection = (point: [number, number]) => [number, number] | null;

/** Geometries a map draws: areas (rings) and borders (lines). */
export type MapGeometry = Polygon | MultiPolygon | LineString | MultiLineString;

/** A geometry, a feature or several features holding map geometries. */
export type MapObject =
  | MapGeometry
  | Feature<MapGeometry | null, unknown>
  | FeatureCollection<MapGeometry | null, unknown>
  | readonly Feature<MapGeometry | null, unknown>[];

/**
 * Calls `visit` with each ring (`closed` true) and line of `object`, in order. A ring repeats
 * its first point at the end: like d3-geo, users stop before it (see `pointCount`).
 */
export function eachLine(
  object: MapObject,
  visit: (points: readonly Position[], closed: boolean) => void,
): void {
  if (isFeatureList(object)) {
    for (const feature of object) eachLine(feature, visit);
    return;
  }
  switch (object.type) {
    case 'FeatureCollection':
      for (const feature of object.features) eachLine(feature, visit);
      break;
    case 'Feature':
      if (object.geometry) eachLine(object.geometry, visit);
      break;
    case 'Polygon':
      for (const ring of object.coordinates) visit(ring, true);
      break;
    case 'MultiPolygon':
      for (const polygon of object.coordinates) {
        for (const ring of polygon) visit(ring, true);
      }
      break;
    case 'LineString':
      visit(object.coordinates, false);
      break;
    case 'MultiLineString':
      for (const line of object.coordinates) visit(line, false);
      break;
  }
}

function isFeatureList(
  object: MapObject,
): object is readonly Feature<MapGeometry | null, unknown>[] {
  return Array.isArray(object);
}

/** How many points of a ring or line to draw: all but a ring's closing point. */
export const pointCount = (points: readonly Position[], closed: boolean): number =>
  closed ? points.length - 1 : points.length;

/** Projects a GeoJSON position; `null` when the projection cannot show it. */
export const projectPosition = (
  projection: PointProjection,
  position: Position,
): [number, number] | null => projection(position as [number, number]);

/** [[x0, y0], [x1, y1]]: the extent of the projected points of `object` (infinite when empty). */
export function projectedBounds(
  object: MapObject,
  projection: PointProjection,
): [[number, number], [number, number]] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  eachLine(object, (points, closed) => {
    for (let i = 0, n = pointCount(points, closed); i < n; i++) {
      const point = projectPosition(projection, points[i]);
      if (!point) continue;
      const [x, y] = point;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  });
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** The rings of `object` in pixels, each as a flat list x0, y0, x1, y1, … (lines are skipped). */
export function projectedRings(object: MapObject, projection: PointProjection): number[][] {
  const rings: number[][] = [];
  eachLine(object, (points, closed) => {
    if (!closed) return;
    const ring: number[] = [];
    for (let i = 0, n = pointCount(points, closed); i < n; i++) {
      const point = projectPosition(projection, points[i]);
      if (point) ring.push(point[0], point[1]);
    }
    if (ring.length >= 6) rings.push(ring);
  });
  return rings;
}

/**
 * Whether pixels lie inside projected rings, by the even-odd rule (holes and the parts of a
 * multipolygon need no special care), for many pixels against the same rings: each edge is filed
 * under the horizontal bands it spans, and a test reads the edges of its pixel's band only. The
 * same answers, bit for bit, as testing every edge: an edge can only cross the row of a pixel
 * whose y lies within the edge's span, and the even-odd rule does not depend on the order of the
 * crossings.
 */
export function ringsContainment(
  rings: readonly (readonly number[])[],
  bands = 64,
): (x: number, y: number) => boolean {
  // Plain comparisons and loops: this runs once per drawing, on code not yet optimised.
  let top = Infinity;
  let bottom = -Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i += 2) {
      if (ring[i] < top) top = ring[i];
      if (ring[i] > bottom) bottom = ring[i];
    }
  }
  if (!(bottom > top)) return () => false;
  const height = (bottom - top) / bands;
  const band = (y: number) => {
    const b = Math.floor((y - top) / height);
    return b < 0 ? 0 : b < bands ? b : bands - 1;
  };
  // Per band, the edges as xi, yi, xj, yj: a ring's current and previous point.
  const edges: number[][] = [];
  for (let b = 0; b < bands; b++) edges.push([]);
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const yi = ring[i + 1];
      const yj = ring[j + 1];
      const last = band(yi < yj ? yj : yi);
      for (let b = band(yi < yj ? yi : yj); b <= last; b++) edges[b].push(ring[i], yi, ring[j], yj);
    }
  }
  return (x, y) => {
    if (!(y >= top && y < bottom)) return false;
    const e = edges[band(y)];
    let inside = false;
    for (let k = 0; k < e.length; k += 4) {
      const xi = e[k];
      const yi = e[k + 1];
      const xj = e[k + 2];
      const yj = e[k + 3];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}
