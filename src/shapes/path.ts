// SVG path strings for polylines and bands, in exactly the form d3-shape's line() and area() with
// curveLinear and digits() write them (tests compare the two). A few lines here instead of
// d3-shape keep the CDN bundle small: d3-shape ships as one module that does not
// tree-shake below about 15 KB.

type Accessor<T> = (d: T, i: number, data: readonly T[]) => number;
type Defined<T> = (d: T, i: number, data: readonly T[]) => boolean;

function rounder(digits: number): (v: number) => number {
  const k = 10 ** Math.floor(digits);
  return (v) => Math.round(v * k) / k;
}

/**
 * linePath(data, x, y, defined, digits): `M x,y L x,y …` through the defined points; an undefined
 * point ends the run and the next defined one starts a new `M`. A run of one point is closed
 * (`M x,y Z`), which round line caps draw as a dot. '' when no point is defined.
 */
export function linePath<T>(
  data: readonly T[],
  x: Accessor<T>,
  y: Accessor<T>,
  defined: Defined<T>,
  digits = 3,
): string {
  const r = rounder(digits);
  let d = '';
  let run = 0;
  data.forEach((point, i) => {
    if (!defined(point, i, data)) {
      if (run === 1) d += 'Z';
      run = 0;
      return;
    }
    d += `${run ? 'L' : 'M'}${r(+x(point, i, data))},${r(+y(point, i, data))}`;
    run += 1;
  });
  if (run === 1) d += 'Z';
  return d;
}

/**
 * areaPath(data, x, y0, y1, defined, digits): for each run of defined points, the closed shape
 * along y1 forwards and back along y0 (`M … L … Z`). '' when no point is defined.
 */
export function areaPath<T>(
  data: readonly T[],
  x: Accessor<T>,
  y0: Accessor<T>,
  y1: Accessor<T>,
  defined: Defined<T>,
  digits = 3,
): string {
  const r = rounder(digits);
  let d = '';
  let start = -1;
  for (let i = 0; i <= data.length; i += 1) {
    const inside = i < data.length && defined(data[i], i, data);
    if (inside && start < 0) start = i;
    if (inside || start < 0) continue;
    for (let k = start; k < i; k += 1) {
      d += `${k === start ? 'M' : 'L'}${r(+x(data[k], k, data))},${r(+y1(data[k], k, data))}`;
    }
    for (let k = i - 1; k >= start; k -= 1) {
      d += `L${r(+x(data[k], k, data))},${r(+y0(data[k], k, data))}`;
    }
    d += 'Z';
    start = -1;
  }
  return d;
}
