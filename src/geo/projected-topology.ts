// A topology projected once, arc by arc: a border shared by two units is projected once, and the
// features and meshes topojson-client builds from it carry projected points with no further cost.
import type { GeometryObject, Topology } from 'topojson-specification';

/** A point function: what `kzUnit` is. */
export type PositionProjection = (point: readonly [number, number]) => [number, number];

/**
 * The same topology with every arc point decoded (from the quantized `transform`, if any) and
 * passed through `project`, and no `transform`: the points of its features and meshes are those
 * of the original's, projected, bit for bit.
 */
export function projectTopology<T extends Topology>(topology: T, project: PositionProjection): T {
  const { transform } = topology;
  const [kx, ky] = transform?.scale ?? [1, 1];
  const [dx, dy] = transform?.translate ?? [0, 0];
  const arcs = topology.arcs.map((arc) => {
    const points: [number, number][] = new Array(arc.length);
    let x = 0;
    let y = 0;
    // Indexed loops, no destructuring: this runs on code not yet optimised, once per point.
    for (let i = 0; i < arc.length; i++) {
      const point = arc[i];
      // topojson-client's arithmetic: deltas summed, then scaled and translated.
      points[i] = transform
        ? project([(x += point[0]) * kx + dx, (y += point[1]) * ky + dy])
        : project([point[0], point[1]]);
    }
    return points;
  });
  const projected = { ...topology, arcs };
  delete projected.transform;
  return projected;
}

/**
 * [[x0, y0], [x1, y1]]: the extent of the arc points that `object` uses, in a topology without a
 * transform. The same extent as the points of its features: those are the arc points, repeated.
 */
export function arcExtent(
  topology: Topology,
  object: GeometryObject,
): [[number, number], [number, number]] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const seen = new Uint8Array(topology.arcs.length);
  const visit = (refs: unknown): void => {
    if (typeof refs === 'number') {
      const index = refs < 0 ? ~refs : refs;
      if (seen[index]) return;
      seen[index] = 1;
      const arc = topology.arcs[index];
      for (let i = 0; i < arc.length; i++) {
        const x = arc[i][0];
        const y = arc[i][1];
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    } else if (Array.isArray(refs)) {
      for (const ref of refs) visit(ref);
    }
  };
  const walk = (o: GeometryObject): void => {
    if (o.type === 'GeometryCollection') o.geometries.forEach(walk);
    else if ('arcs' in o) visit(o.arcs);
  };
  walk(object);
  return [
    [x0, y0],
    [x1, y1],
  ];
}
