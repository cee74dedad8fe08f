// Label points for map units: the point of a unit's largest part that lies farthest from its
// edges, so that a label or a city symbol sits well inside the unit it names.
import { geoArea } from 'd3-geo';

export function largestPolygon(geometry) {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  let best = null;
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const area = geoArea({ type: 'Polygon', coordinates });
    if (area > bestArea) [best, bestArea] = [coordinates, area];
  }
  return best;
}

/**
 * The point inside a polygon (with holes) farthest from its edges, found by quadtree search
 * (the "polylabel" method). Longitudes are scaled by the cosine of the mean latitude so that
 * distances are roughly true; precision is 0.0005 degrees of latitude (about 50 m).
 */
export function poleOfInaccessibility(polygon) {
  const lat0 = (extentOf(polygon[0], 1)[0] + extentOf(polygon[0], 1)[1]) / 2;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const rings = polygon.map((ring) => ring.map(([x, y]) => [x * k, y]));
  const [minX, maxX] = extentOf(rings[0], 0);
  const [minY, maxY] = extentOf(rings[0], 1);
  const precision = 0.0005;
  const cell = (x, y, h) => {
    const d = signedDistance(x, y, rings);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const size = Math.min(maxX - minX, maxY - minY);
  const queue = [];
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2));
  }
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  while (queue.length) {
    queue.sort((a, b) => b.max - a.max || b.x - a.x || b.y - a.y);
    const current = queue.shift();
    if (current.d > best.d) best = current;
    if (current.max - best.d <= precision) continue;
    const h = current.h / 2;
    for (const [dx, dy] of [
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ]) {
      queue.push(cell(current.x + dx * h, current.y + dy * h, h));
    }
  }
  return [best.x / k, best.y];
}

function extentOf(points, axis) {
  let min = Infinity;
  let max = -Infinity;
  for (const point of points) {
    min = Math.min(min, point[axis]);
    max = Math.max(max, point[axis]);
  }
  return [min, max];
}

/** Distance from (x, y) to the nearest edge: positive inside the polygon, negative outside. */
function signedDistance(x, y, rings) {
  let inside = false;
  let min = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[i];
      const [bx, by] = ring[j];
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      min = Math.min(min, segmentDistance(x, y, ax, ay, bx, by));
    }
  }
  return (inside ? 1 : -1) * min;
}

function segmentDistance(px, py, ax, ay, bx, by) {
  let dx = bx - ax;
  let dy = by - ay;
  let x = ax;
  let y = ay;
  if (dx !== 0 || dy !== 0) {
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    x += dx * t;
    y += dy * t;
  }
  dx = px - x;
  dy = py - y;
  return Math.sqrt(dx * dx + dy * dy);
}
