// Colour scales for choropleths: classification + scheme + direction, one pure object.
import type { Better } from '../data/types.js';
import { breaks, classIndex, isFiniteNumber, sortedFinite, type ClassMethod } from './classify.js';
import {
  interpolateColors,
  schemeColors,
  schemeKind,
  schemeMaxClasses,
  type SchemeName,
} from './schemes.js';

export interface ColorScaleOptions {
  method?: ClassMethod;
  /** Number of classes (default 5); ignored for custom thresholds and continuous. */
  classes?: number;
  /** Ascending thresholds for `method: 'thresholds'`. */
  thresholds?: readonly number[];
  /** Scheme name; default `orrd` (or `blues` when `better` is neutral, `rdbu` with a midpoint). */
  scheme?: SchemeName | string;
  /**
   * Which direction is good news. Worse is darker on sequential schemes and on the warm end of
   * diverging ones: `lower` keeps high values dark/warm, `higher` reverses. Default `neutral`
   * (high values dark).
   */
  better?: Better;
  /**
   * Diverging midpoint (for example the national value): classes are built separately below and
   * above it, and the midpoint is itself a threshold. Needs a diverging scheme.
   */
  midpoint?: number | null;
}

export interface ColorClass {
  /** Inclusive lower bound (the domain minimum for the first class). */
  lower: number;
  /** Exclusive upper bound (the domain maximum, inclusive, for the last class). */
  upper: number;
  color: string;
}

export interface ColorScale {
  readonly kind: 'stepped' | 'continuous';
  readonly scheme: SchemeName;
  /** Ascending thresholds (stepped; empty for continuous). */
  readonly thresholds: readonly number[];
  /** One entry per class (stepped; empty for continuous). */
  readonly classes: readonly ColorClass[];
  /** [min, max] of the classified values, or [NaN, NaN] when there were none. */
  readonly domain: readonly [number, number];
  readonly midpoint: number | null;
  /** Colour of a value; `undefined` for null, undefined or NaN. */
  color(value: number | null | undefined): string | undefined;
  /** Class index of a value (stepped), or -1 when missing. Continuous scales return 0. */
  classOf(value: number | null | undefined): number;
  /** Gradient stops for a continuous legend: [offset 0..1, colour]. */
  stops(): [number, string][];
}

/** The default scheme for an indicator's direction. */
export function defaultScheme(better: Better = 'neutral', diverging = false): SchemeName {
  if (diverging) return 'rdbu';
  return better === 'neutral' ? 'blues' : 'orrd';
}

function shouldReverse(kind: 'sequential' | 'diverging', better: Better): boolean {
  // Sequential schemes run light to dark: reverse when low values are the bad ones.
  // Diverging schemes run warm to cool: reverse when high values are the bad ones.
  return kind === 'sequential' ? better === 'higher' : better === 'lower';
}

/** Builds a colour scale from the values it must represent (all periods, for a fixed scale). */
export function colorScale(
  values: Iterable<number | null | undefined>,
  options: ColorScaleOptions = {},
): ColorScale {
  const { method = 'quantile', thresholds: custom, better = 'neutral' } = options;
  const midpoint = isFiniteNumber(options.midpoint) ? options.midpoint : null;
  const scheme = (options.scheme ?? defaultScheme(better, midpoint !== null)) as SchemeName;
  const kind = schemeKind(scheme);
  if (midpoint !== null && kind !== 'diverging') {
    throw new Error(`invalid scheme: ${JSON.stringify(scheme)} is not diverging (midpoint set)`);
  }
  const reverse = shouldReverse(kind, better);
  const max = schemeMaxClasses(scheme);
  const sorted = sortedFinite(values);
  const domain: [number, number] = sorted.length
    ? [sorted[0], sorted[sorted.length - 1]]
    : [NaN, NaN];
  // k colours of the scheme, ordered so that worse is on the dark (or warm) end.
  const colorsOf: ColorsOf = (k) =>
    reverse ? schemeColors(scheme, k).reverse() : schemeColors(scheme, k);

  if (method === 'continuous') return continuousScale(scheme, domain, midpoint, colorsOf(max));
  let thresholds: number[];
  let colors: string[];
  if (midpoint !== null && method !== 'thresholds') {
    const per = Math.max(1, Math.min(Math.ceil((options.classes ?? 5) / 2), Math.floor(max / 2)));
    [thresholds, colors] = divergingClasses(sorted, midpoint, method, per, max, colorsOf);
  } else {
    thresholds = breaks(sorted, {
      method,
      classes: Math.min(options.classes ?? 5, max),
      thresholds: custom,
    });
    const k = thresholds.length + 1;
    if (k > max) throw new Error(`invalid thresholds: ${k} classes, ${scheme} has at most ${max}`);
    colors = k === 1 ? [colorsOf(3)[1]] : colorsOf(k);
  }
  const classes: ColorClass[] = colors.map((color, i) => ({
    lower: i ? thresholds[i - 1] : Math.min(domain[0], thresholds[0] ?? domain[0]),
    upper:
      i < thresholds.length
        ? thresholds[i]
        : Math.max(domain[1], thresholds[thresholds.length - 1] ?? domain[1]),
    color,
  }));
  return {
    kind: 'stepped',
    scheme,
    thresholds,
    classes,
    domain,
    midpoint,
    color: (v) => colors[classIndex(v, thresholds)],
    classOf: (v) => classIndex(v, thresholds),
    stops: () => colors.map((c, i) => [i / Math.max(1, colors.length - 1), c] as [number, string]),
  };
}

type ColorsOf = (k: number) => string[];

/**
 * Thresholds and colours of classes on each side of the midpoint (at most `per` a side), coloured
 * from the middle of a diverging scheme outwards; the midpoint itself is a threshold.
 */
function divergingClasses(
  sorted: readonly number[],
  midpoint: number,
  method: ClassMethod,
  per: number,
  max: number,
  colorsOf: ColorsOf,
): [number[], string[]] {
  const below = sorted.filter((v) => v < midpoint);
  const above = sorted.filter((v) => v >= midpoint);
  const side = (vs: number[]) => (vs.length ? breaks(vs, { method, classes: per }) : []);
  const lowBreaks = side(below);
  const highBreaks = side(above).filter((t) => t > midpoint);
  const nLow = below.length ? lowBreaks.length + 1 : 0;
  const nHigh = above.length ? highBreaks.length + 1 : 0;
  const half = Math.max(nLow, nHigh, 1);
  const full = colorsOf(Math.min(max, Math.max(2, half * 2)));
  const mid = full.length / 2;
  return [
    [...lowBreaks, ...(nLow && nHigh ? [midpoint] : []), ...highBreaks],
    [...full.slice(mid - nLow, mid), ...full.slice(mid, mid + nHigh)],
  ];
}

/** A smooth ramp through `full` over the domain; with a midpoint, each half covers one side. */
function continuousScale(
  scheme: SchemeName,
  domain: [number, number],
  midpoint: number | null,
  full: string[],
): ColorScale {
  const ramp = interpolateColors(full);
  const [lo, hi] = domain;
  const position = (v: number): number => {
    if (midpoint !== null) {
      if (v < midpoint) return midpoint > lo ? (0.5 * (v - lo)) / (midpoint - lo) : 0.5;
      return hi > midpoint ? 0.5 + (0.5 * (v - midpoint)) / (hi - midpoint) : 0.5;
    }
    return hi > lo ? (v - lo) / (hi - lo) : 0.5;
  };
  return {
    kind: 'continuous',
    scheme,
    thresholds: [],
    classes: [],
    domain,
    midpoint,
    color: (v) => (isFiniteNumber(v) ? ramp(position(v)) : undefined),
    classOf: (v) => (isFiniteNumber(v) ? 0 : -1),
    stops: () =>
      full.map((c, i): [number, string] => {
        const t = i / (full.length - 1);
        if (midpoint === null || !(hi > lo)) return [t, c];
        // Where the ramp position t lands on the value axis, when the midpoint splits the ramp.
        const v =
          t <= 0.5 ? lo + (midpoint - lo) * 2 * t : midpoint + (hi - midpoint) * (2 * t - 1);
        return [Math.max(0, Math.min(1, (v - lo) / (hi - lo))), c];
      }),
  };
}
