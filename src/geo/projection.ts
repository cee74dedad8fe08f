import { geoConicConformal, geoPath } from 'd3-geo';
import type { GeoConicProjection, GeoPath, GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import type { Feature } from 'geojson';

/**
 * Lambert conformal conic for Kazakhstan: central meridian 67°E (the middle of 46.5–87.3°E),
 * standard parallels 43°N and 53°N (one sixth in from each end of 40.6–55.4°N): shapes keep
 * their angles and the scale stays within 0.5 % of true over the whole country.
 */
export const KZ_CENTRAL_MERIDIAN = 67;
export const KZ_PARALLELS: readonly [number, number] = [43, 53];

/** A fresh conformal conic projection centred on Kazakhstan, not yet fitted to a size. */
export function kzProjection(): GeoConicProjection {
  return geoConicConformal()
    .parallels([KZ_PARALLELS[0], KZ_PARALLELS[1]])
    .rotate([-KZ_CENTRAL_MERIDIAN, 0]);
}

export interface FitOptions {
  /** Space left on every side, in pixels (default 0). */
  padding?: number;
  /** Upper bound on the height: a taller map is scaled down and centred horizontally. */
  maxHeight?: number;
}

export interface FittedProjection {
  projection: GeoConicProjection;
  width: number;
  /** Height in whole pixels that holds the map and the padding at this width. */
  height: number;
}

type Fittable = GeoPermissibleObjects | readonly Feature[];

function asObject(object: Fittable): GeoPermissibleObjects {
  return Array.isArray(object)
    ? { type: 'FeatureCollection', features: object as Feature[] }
    : (object as GeoPermissibleObjects);
}

/**
 * Fits the Kazakhstan projection to `width` pixels (minus padding) and derives the height from
 * the map's aspect ratio: the map fills the width and sits `padding` pixels from the top.
 */
export function fitProjection(
  width: number,
  object: Fittable,
  { padding = 0, maxHeight }: FitOptions = {},
): FittedProjection {
  if (!(Number.isFinite(width) && width > 0)) throw new Error(`invalid width: ${width}`);
  if (!(Number.isFinite(padding) && padding >= 0 && 2 * padding < width)) {
    throw new Error(`invalid padding: ${padding}`);
  }
  const geo = asObject(object);
  const projection = kzProjection().fitWidth(width - 2 * padding, geo);
  const [[, y0], [, y1]] = geoPath(projection).bounds(geo);
  const [tx, ty] = projection.translate();
  projection.translate([tx + padding, ty + padding - y0]);
  let height = Math.ceil(y1 - y0 + 2 * padding);
  if (maxHeight !== undefined && height > maxHeight) {
    if (!(Number.isFinite(maxHeight) && maxHeight > 2 * padding)) {
      throw new Error(`invalid maxHeight: ${maxHeight}`);
    }
    height = Math.floor(maxHeight);
    projection.fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      geo,
    );
  }
  return { projection, width, height };
}

/** An SVG path generator for a projection, rounding coordinates to `digits` decimals (default 1). */
export function mapPath(projection: GeoProjection, digits = 1): GeoPath {
  return geoPath(projection).digits(digits);
}
