// The colour scale of a view from the element's options: method, classes, thresholds, scheme,
// direction, diverging midpoint, and whether the classes are fixed across periods (default) or
// follow the shown period. Bad options fall back to defaults with a warning (code, message, fix).
import type { Better } from '../../data/types.js';
import { colorScale, type ColorScale } from '../../scales/color.js';
import { CLASS_METHODS, type ClassMethod } from '../../scales/classify.js';
import { SCHEMES, schemeKind } from '../../scales/schemes.js';
import { nationalValue, scaleValues } from './model.js';
import type { Shown } from './choose-view.js';

export interface ScaleOptions {
  method: string;
  classes: number;
  thresholds: readonly number[] | null;
  scheme: string;
  better: string;
  diverging: boolean;
  midpoint: number | null;
  periodScale: boolean;
}

import type { Warn } from '../../internal/warnings.js';

export type { Warn };

/**
 * Whether the classes follow the shown period: asked for, or diverging around the national value,
 * which changes with the period. Otherwise they hold for every period.
 */
const followsPeriod = (options: ScaleOptions) =>
  options.periodScale || (options.diverging && options.midpoint === null);

/** The inputs that decide a scale; equal keys give the same scale (compare item by item). */
export function scaleKey(view: Shown, options: ScaleOptions): unknown[] {
  return [
    view.indicator,
    view.levelIds,
    followsPeriod(options) ? view.period : '*',
    options.method,
    options.classes,
    options.thresholds?.join(','),
    options.scheme,
    options.better,
    options.diverging,
    options.midpoint,
  ];
}

/** The colour scale of `view`; bad options fall back to their defaults and are warned about. */
export function scaleFor(view: Shown, options: ScaleOptions, warn: Warn): ColorScale {
  const { indicator, period } = view;
  let method = (options.thresholds?.length ? 'thresholds' : options.method) as ClassMethod;
  if (!CLASS_METHODS.includes(method)) {
    warn('method', `unknown method "${options.method}"`, `use one of ${CLASS_METHODS.join(', ')}`);
    method = 'quantile';
  }
  const better: Better = (['higher', 'lower', 'neutral'] as const).includes(
    options.better as Better,
  )
    ? (options.better as Better)
    : indicator.better;
  const midpoint =
    options.midpoint !== null && Number.isFinite(options.midpoint)
      ? options.midpoint
      : options.diverging
        ? nationalValue(indicator, period)
        : null;
  if (options.diverging && midpoint === null) {
    warn(
      'midpoint',
      `no national value for ${period}, so the colours are not diverging`,
      'add a national reference series, or set midpoint',
    );
  }
  let scheme: string | undefined = options.scheme || undefined;
  if (scheme && !SCHEMES.includes(scheme as never)) {
    warn('scheme', `unknown scheme "${scheme}"`, `use one of ${SCHEMES.join(', ')}`);
    scheme = undefined;
  }
  if (scheme && midpoint !== null && schemeKind(scheme) !== 'diverging') {
    warn('scheme', `${scheme} is not a diverging scheme`, 'use rdbu, puor or brbg with a midpoint');
    scheme = undefined;
  }
  const values = scaleValues(indicator, view.levelIds, followsPeriod(options) ? period : undefined);
  const classes = Math.max(2, Math.min(9, Math.round(options.classes) || 5));
  try {
    return colorScale(values, {
      method,
      classes,
      thresholds: options.thresholds ?? undefined,
      scheme,
      better,
      midpoint,
    });
  } catch (error) {
    warn('scale', (error as Error).message, 'check thresholds, classes and scheme');
    return colorScale(values, { classes, better, midpoint });
  }
}
