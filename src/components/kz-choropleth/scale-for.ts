// The colour scale of a view from the element's options: method, classes, thresholds, scheme,
// direction, diverging midpoint, and whether the classes are fixed across periods (default) or
// follow the shown period. Bad options fall back to defaults with a warning (code, message, fix).
import type { Better } from '../../data/types.js';
import { colorScale, type ColorScale } from '../../scales/color.js';
import { CLASS_METHODS, type ClassMethod } from '../../scales/classify.js';
import { SCHEMES, schemeKind } from '../../scales/schemes.js';
import { nationalValue, scaleValues } from './model.js';
import type { Shown } from './resolve.js';

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

/** The inputs that decide a scale; equal keys give the same scale (compare item by item). */
export function scaleKey(view: Shown, o: ScaleOptions): unknown[] {
  const perPeriod = o.periodScale || (o.diverging && o.midpoint === null);
  return [
    view.indicator,
    view.levelIds,
    perPeriod ? view.period : '*',
    o.method,
    o.classes,
    o.thresholds?.join(','),
    o.scheme,
    o.better,
    o.diverging,
    o.midpoint,
  ];
}

export function scaleFor(view: Shown, o: ScaleOptions, warn: Warn): ColorScale {
  const { indicator, period } = view;
  let method = (o.thresholds?.length ? 'thresholds' : o.method) as ClassMethod;
  if (!CLASS_METHODS.includes(method)) {
    warn('method', `unknown method "${o.method}"`, `use one of ${CLASS_METHODS.join(', ')}`);
    method = 'quantile';
  }
  const better: Better = (['higher', 'lower', 'neutral'] as const).includes(o.better as Better)
    ? (o.better as Better)
    : indicator.better;
  const midpoint =
    o.midpoint !== null && Number.isFinite(o.midpoint)
      ? o.midpoint
      : o.diverging
        ? nationalValue(indicator, period)
        : null;
  if (o.diverging && midpoint === null) {
    warn(
      'midpoint',
      `no national value for ${period}, so the colours are not diverging`,
      'add a national reference series, or set midpoint',
    );
  }
  let scheme: string | undefined = o.scheme || undefined;
  if (scheme && !SCHEMES.includes(scheme as never)) {
    warn('scheme', `unknown scheme "${scheme}"`, `use one of ${SCHEMES.join(', ')}`);
    scheme = undefined;
  }
  if (scheme && midpoint !== null && schemeKind(scheme) !== 'diverging') {
    warn('scheme', `${scheme} is not a diverging scheme`, 'use rdbu, puor or brbg with a midpoint');
    scheme = undefined;
  }
  const perPeriod = o.periodScale || (o.diverging && o.midpoint === null);
  const values = scaleValues(indicator, view.levelIds, perPeriod ? period : undefined);
  const classes = Math.max(2, Math.min(9, Math.round(o.classes) || 5));
  try {
    return colorScale(values, {
      method,
      classes,
      thresholds: o.thresholds ?? undefined,
      scheme,
      better,
      midpoint,
    });
  } catch (error) {
    warn('scale', (error as Error).message, 'check thresholds, classes and scheme');
    return colorScale(values, { classes, better, midpoint });
  }
}
