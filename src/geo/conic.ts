// The spherical Lambert conformal conic on Kazakhstan's meridian and parallels: the formulas of
// d3-geo's geoConicConformal().parallels(KZ_PARALLELS).rotate([-KZ_CENTRAL_MERIDIAN, 0]), with
// nothing else (the maps lie far from the antimeridian and need no clipping or resampling).

/**
 * Lambert conformal conic for Kazakhstan: central meridian 67°E (the middle of 46.5–87.3°E),
 * standard parallels 43°N and 53°N (one sixth in from each end of 40.6–55.4°N): shapes keep
 * their angles and the scale stays within 0.5 % of true over the whole country.
 */
export const KZ_CENTRAL_MERIDIAN = 67;
export const KZ_PARALLELS: readonly [number, number] = [43, 53];

/** The Kazakhstan projection at a scale and translation: [longitude, latitude] in degrees to
 * [x, y] in pixels, y down. `invert` maps pixels back to degrees. */
export interface KzProjection {
  (point: readonly [number, number]): [number, number];
  invert(point: readonly [number, number]): [number, number];
  /** Pixels per radian on the standard parallels (the sphere's radius, as in d3-geo). */
  readonly scale: number;
  /** Pixel position of the origin, 0°N on the central meridian. */
  readonly translate: readonly [number, number];
}

const { PI, abs, atan, atan2, cos, log, pow, round, sign, sin, sqrt, tan } = Math;
const TAU = 2 * PI;
const HALF_PI = PI / 2;
const RADIANS = PI / 180;
const DEGREES = 180 / PI;
const tany = (phi: number): number => tan((HALF_PI + phi) / 2);

const PHI0 = KZ_PARALLELS[0] * RADIANS;
const PHI1 = KZ_PARALLELS[1] * RADIANS;
const N = log(cos(PHI0) / cos(PHI1)) / log(tany(PHI1) / tany(PHI0));
const F = (cos(PHI0) * pow(tany(PHI0), N)) / N;
const ROTATE = (-KZ_CENTRAL_MERIDIAN % 360) * RADIANS;
// y of the origin before scaling: d3-geo centres the projection there (zero up to rounding).
const ORIGIN_Y = F - F / pow(tany(0), N);

const wrap = (lambda: number): number =>
  abs(lambda) > PI ? lambda - round(lambda / TAU) * TAU : lambda;

/** A Kazakhstan projection with `scale` pixels per radian and the origin at `translate`. */
export function kzProjection(
  scale = 1,
  translate: readonly [number, number] = [0, 0],
): KzProjection {
  if (!(Number.isFinite(scale) && scale > 0)) throw new Error(`invalid scale: ${scale}`);
  const [tx, ty] = translate;
  const dy = ty - (0 - scale * ORIGIN_Y);
  const linear = kzLinear(scale, translate);
  const project = (point: readonly [number, number]): [number, number] => linear(kzUnit(point));
  const invert = ([px, py]: readonly [number, number]): [number, number] => {
    const x = (px - tx) / scale;
    const fy = F - (dy - py) / scale;
    const r = sqrt(x * x + fy * fy);
    let lambda = atan2(x, abs(fy)) * sign(fy);
    if (fy < 0) lambda -= PI * sign(x) * sign(fy);
    const phi = 2 * atan(pow(F / r, 1 / N)) - HALF_PI;
    return [wrap(lambda / N - ROTATE) * DEGREES, phi * DEGREES];
  };
  return Object.assign(project, { invert, scale, translate: [tx, ty] as const });
}

/**
 * The projection at scale 1 without translation, before the y axis is turned: [x, y] such that
 * `kzProjection(scale, [tx, ty])` gives `[tx + scale * x, dy - scale * y]` (`dy` as in
 * `kzLinear`). The costly part (powers and angles) done once per point for any size.
 */
export function kzUnit(point: readonly [number, number]): [number, number] {
  const lambda = wrap(point[0] * RADIANS + ROTATE);
  const phi = Math.max(point[1] * RADIANS, 1e-6 - HALF_PI);
  const r = F / pow(tany(phi), N);
  return [r * sin(N * lambda), F - r * cos(N * lambda)];
}

/**
 * From `kzUnit` points to pixels at a scale and translation: the same numbers, bit for bit, as
 * `kzProjection(scale, translate)` gives for the original points.
 */
export function kzLinear(
  scale = 1,
  translate: readonly [number, number] = [0, 0],
): (unit: readonly [number, number]) => [number, number] {
  const [tx, ty] = translate;
  const dy = ty - (0 - scale * ORIGIN_Y);
  return (unit) => [tx + scale * unit[0], dy - scale * unit[1]];
}
