import { KZ_CENTRAL_MERIDIAN, KZ_PARALLELS, kzProjection, type KzProjection } from './conic.js';
import {
  eachLine,
  pointCount,
  projectPosition,
  projectedBounds,
  type MapObject,
  type PointProjection,
} from './planar.js';

export { KZ_CENTRAL_MERIDIAN, KZ_PARALLELS, kzProjection };

export interface FitOptions {
  /** Space left on every side, in pixels (default 0). */
  padding?: number;
  /** Upper bound on the height: a taller map is scaled down and centred horizontally. */
  maxHeight?: number;
}

export interface FittedProjection {
  projection: KzProjection;
  width: number;
  /** Height in whole pixels that holds the map and the padding at this width. */
  height: number;
}

/** A projection made from a scale and a translation: `kzProjection`, or `kzLinear` on unit points. */
export type ProjectionAt = (scale: number, translate: [number, number]) => PointProjection;

export interface WidthFit {
  scale: number;
  translate: [number, number];
  height: number;
  /** Bounds at scale 150 with the origin at 0, 0. */
  bounds: [[number, number], [number, number]];
}

/**
 * The scale and translation that make `object` fill `width` pixels less `padding` on each side,
 * `padding` from the top, with the height that holds it: d3-geo's `fitWidth` arithmetic, for any
 * projection made by `at`.
 */
export function fitToWidth(
  width: number,
  object: MapObject,
  padding: number,
  at: ProjectionAt,
): WidthFit {
  // Bounds at scale 150 with the origin at 0, 0, as d3-geo measures before fitting.
  const bounds = projectedBounds(object, at(150, [0, 0]));
  const [[x0, y0], [x1, y1]] = bounds;
  if (!(x1 > x0 && y1 > y0)) throw new Error('invalid object: nothing to fit');
  const inner = width - 2 * padding;
  const k = inner / (x1 - x0);
  const [tx, ty] = [(inner - k * (x1 + x0)) / 2, -k * y0];
  const [[, top], [, bottom]] = projectedBounds(object, at(150 * k, [tx, ty]));
  return {
    scale: 150 * k,
    translate: [tx + padding, ty + padding - top],
    height: Math.ceil(bottom - top + 2 * padding),
    bounds,
  };
}

/**
 * Fits the Kazakhstan projection to `width` pixels (minus padding) and derives the height from
 * the map's aspect ratio: the map fills the width and sits `padding` pixels from the top. The
 * arithmetic is d3-geo's `fitWidth` (and `fitExtent` under `maxHeight`), on the vertices.
 */
export function fitProjection(
  width: number,
  object: MapObject,
  { padding = 0, maxHeight }: FitOptions = {},
): FittedProjection {
  if (!(Number.isFinite(width) && width > 0)) throw new Error(`invalid width: ${width}`);
  if (!(Number.isFinite(padding) && padding >= 0 && 2 * padding < width)) {
    throw new Error(`invalid padding: ${padding}`);
  }
  const fit = fitToWidth(width, object, padding, kzProjection);
  const [[x0, y0], [x1, y1]] = fit.bounds;
  let projection = kzProjection(fit.scale, fit.translate);
  let height = fit.height;
  if (maxHeight !== undefined && height > maxHeight) {
    if (!(Number.isFinite(maxHeight) && maxHeight > 2 * padding)) {
      throw new Error(`invalid maxHeight: ${maxHeight}`);
    }
    height = Math.floor(maxHeight);
    const w = width - padding - padding;
    const h = height - padding - padding;
    const s = Math.min(w / (x1 - x0), h / (y1 - y0));
    projection = kzProjection(150 * s, [
      padding + (w - s * (x1 + x0)) / 2,
      padding + (h - s * (y1 + y0)) / 2,
    ]);
  }
  return { projection, width, height };
}

/** Draws map objects as SVG path data: `M…L…Z` per ring, `M…L…` per line. */
export type MapPath = (object: MapObject) => string;

/**
 * An SVG path generator for a projection, rounding coordinates to `digits` decimals (default 1)
 * as d3-geo's `geoPath().digits()` does. Edges stay straight in pixels. An empty object gives `''`.
 */
export function mapPath(projection: PointProjection, digits = 1): MapPath {
  const places = Math.floor(digits);
  if (!(places >= 0)) throw new RangeError(`invalid digits: ${digits}`);
  const k = 10 ** places;
  const format = places > 15 ? String : (value: number) => String(Math.round(value * k) / k);
  return (object) => {
    let d = '';
    eachLine(object, (points, closed) => {
      let command = 'M';
      for (let i = 0, n = pointCount(points, closed); i < n; i++) {
        const point = projectPosition(projection, points[i]);
        if (!point) continue;
        d += `${command}${format(point[0])},${format(point[1])}`;
        command = 'L';
      }
      if (closed && command === 'L') d += 'Z';
    });
    return d;
  };
}
