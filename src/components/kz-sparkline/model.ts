// What one sparkline shows, resolved from its inputs (a dataset, or a quick list of values), and
// how it is drawn in a frame. Pure: no DOM, so that it is shared by both variants and tested alone.
import type { Better, Dataset, Indicator, Lang, Reference } from '../../data/types.js';
import { breaksOf } from '../../data/breaks.js';
import { areaInfo } from '../../data/areas.js';
import { localize } from '../../i18n/format.js';
import { creditText, creditsOf, type Credit } from '../../data/credits.js';
import { sparkExtent, type Extent, type SparkPoint } from '../../shapes/extent.js';
import {
  choicePoints,
  chooseSeries,
  pickReferences,
  seriesNames,
  seriesPoints,
  type ReferenceFilter,
} from '../../shapes/series.js';
import {
  round,
  ruleAt,
  sparkScales,
  sparklineBand,
  sparklineMarkers,
  sparklinePath,
  sparklineWhiskers,
  type Frame,
  type MarkerKind,
} from '../../shapes/sparkline.js';
import { sparkSummary, trimMissing, type SparkSummary } from '../../shapes/summary.js';
import { parseValueList, quickPoints } from '../../shapes/values.js';
import type { ComparatorValue, ProblemCode, TargetComparison } from './messages.js';

/** A reference drawn with the series: a line through its values, or a rule at a constant. */
export interface ModelReference {
  id: string;
  kind: Reference['kind'];
  label: string;
  /** Values on the series' periods (comparators, national); null for a constant. */
  points: SparkPoint[] | null;
  /** The constant (targets). */
  value?: number;
  year?: number;
}

export interface SparkModel {
  name: string;
  unit: string;
  area: string;
  /** Area code or reference id of the series; null for a quick list. */
  series: string | null;
  decimals: number;
  better: Better;
  /** The series, trimmed of missing values at both ends. */
  points: readonly SparkPoint[];
  summary: SparkSummary | null;
  references: ModelReference[];
  /** The indicator's target, drawn or not, for the sentence. */
  target: ModelReference | null;
  /** Periods that start a new series after a break (not comparable with the period before). */
  breaks: string[];
  /** Who to credit for the line and each drawn reference, one entry per distinct source. */
  credits: Credit[];
  /** The credits as one line of text (empty for a quick list of values). */
  source: string;
}

/** A reason to show no line, for the reader (`code`) and for the developer (`message`, `fix`). */
export interface Problem {
  code: ProblemCode;
  message: string;
  fix: string;
  /** For load problems: the URL and the HTTP status. */
  url?: string;
  status?: number;
}

export function isProblem(value: SparkModel | Problem): value is Problem {
  return 'fix' in value;
}

export interface Overrides {
  label?: string | null;
  unit?: string | null;
  decimals?: number | null;
  better?: Better | null;
}

function referenceOf(ref: Reference, indicator: Indicator, lang: Lang): ModelReference {
  const base = { id: ref.id, kind: ref.kind, label: localize(ref.label, lang) || ref.id };
  if (ref.value != null && Object.keys(ref.values).length === 0) {
    return { ...base, points: null, value: ref.value, year: ref.year };
  }
  return { ...base, points: seriesPoints(indicator.periods, ref.values), year: ref.year };
}

/**
 * modelFromDataset(dataset, inputs) finds the indicator (default: the first) and the series
 * that `area` names, with the references to draw.
 */
export function modelFromDataset(
  dataset: Dataset,
  inputs: {
    indicator?: string | null;
    area?: string | null;
    references: ReferenceFilter;
    lang: Lang;
    overrides?: Overrides;
  },
): SparkModel | Problem {
  const { lang } = inputs;
  const indicators = dataset.indicators;
  const wanted = inputs.indicator?.trim();
  const indicator = wanted ? indicators.find((i) => i.id === wanted) : indicators[0];
  if (!indicator) {
    const ids = indicators.map((i) => i.id);
    return {
      code: wanted ? 'unknown-indicator' : 'no-data',
      message: wanted ? `indicator "${wanted}" is not in the data` : 'the data holds no indicator',
      fix: ids.length
        ? `set indicator to one of: ${ids.slice(0, 12).join(', ')}`
        : 'add an indicator',
    };
  }
  const choice = chooseSeries(indicator, inputs.area);
  if (!choice) {
    const names = seriesNames(indicator);
    return {
      code: 'unknown-area',
      message: inputs.area?.trim()
        ? `area "${inputs.area}" has no series in indicator "${indicator.id}"`
        : `indicator "${indicator.id}" has several areas and no national series`,
      fix: `set area to one of: ${names.slice(0, 12).join(', ')}${names.length > 12 ? ', …' : ''}`,
    };
  }
  const o = inputs.overrides ?? {};
  const points = trimMissing(choicePoints(indicator, choice));
  const series = choice.kind === 'area' ? choice.code : choice.reference.id;
  const shown = choice.kind === 'reference' ? choice.reference : undefined;
  const targetRef = indicator.references.find((r) => r.kind === 'target' && r.value != null);
  const drawn = pickReferences(indicator.references, inputs.references, shown);
  // The line itself is the indicator's values, or a reference series with its own source.
  const credits = creditsOf(indicator, shown ? [shown, ...drawn] : drawn, lang, !shown);
  return {
    name: o.label ?? localize(indicator.name, lang),
    unit: o.unit ?? localize(indicator.unit, lang),
    area: o.label
      ? ''
      : shown
        ? localize(shown.label, lang) || series
        : (areaInfo(series)?.names[lang] ?? series),
    series,
    decimals: o.decimals ?? indicator.decimals,
    better: o.better ?? indicator.better,
    points,
    summary: sparkSummary(points),
    references: drawn.map((r) => referenceOf(r, indicator, lang)),
    target: targetRef ? referenceOf(targetRef, indicator, lang) : null,
    // A break stated or marked by the source cuts the line: the values on either side do not
    // compare. A change of layout alone does not, since most regions keep their boundaries.
    breaks: breaksOf({ ...indicator, layouts: {} }, series).map((found) => found.period.id),
    credits,
    source: credits.map(creditText).join('; '),
  };
}

/** modelFromValues(values, periods, overrides) reads the quick attributes. */
export function modelFromValues(
  values: string,
  periods: string | null | undefined,
  overrides: Overrides,
): SparkModel | Problem {
  let points: SparkPoint[];
  let decimals: number;
  try {
    const list = parseValueList(values);
    decimals = list.decimals;
    points = quickPoints(list.values, periods ?? undefined);
  } catch (error) {
    return {
      code: 'bad-values',
      message: (error as Error).message,
      fix: 'write values="51.1,45.3,9.4" with periods="1990,2000,2024" of the same length',
    };
  }
  const trimmed = trimMissing(points);
  return {
    name: overrides.label ?? '',
    unit: overrides.unit ?? '',
    area: '',
    series: null,
    decimals: overrides.decimals ?? decimals,
    better: overrides.better ?? 'neutral',
    points: trimmed,
    summary: sparkSummary(trimmed),
    references: [],
    target: null,
    breaks: [],
    credits: [],
    source: '',
  };
}

function inRange(points: readonly SparkPoint[], x0: number, x1: number): SparkPoint[] {
  return points.filter((p) => p.x >= x0 && p.x <= x1);
}

/** modelExtent(model, zero) is the extent of the series, its bounds and its drawn references. */
export function modelExtent(model: SparkModel, zero = false): Extent | null {
  const own = sparkExtent(model.points);
  if (!own) return null;
  const extra: number[] = zero ? [0] : [];
  for (const ref of model.references) {
    if (ref.points) {
      for (const p of inRange(ref.points, own.x[0], own.x[1]))
        if (p.value != null) extra.push(p.value);
    } else if (ref.value != null) {
      extra.push(ref.value);
    }
  }
  return sparkExtent(model.points, extra);
}

/** The value of a reference at the series' last period, or its latest value within the series' span. */
export function referenceValue(
  ref: ModelReference,
  model: SparkModel,
): { value: number; period: string } | null {
  if (!ref.points) return ref.value != null ? { value: ref.value, period: '' } : null;
  const last = model.summary?.last;
  if (!last) return null;
  const span = inRange(ref.points, model.points[0]?.x ?? -Infinity, last.x);
  for (let i = span.length - 1; i >= 0; i -= 1) {
    const v = span[i].value;
    if (v != null) return { value: v, period: span[i].period };
  }
  return null;
}

/** The comparators and the target, as the sentence words them. */
export function comparisons(model: SparkModel): {
  comparators: ComparatorValue[];
  target: TargetComparison | null;
} {
  const comparators: ComparatorValue[] = [];
  for (const ref of model.references) {
    if (ref.kind === 'target') continue;
    const at = referenceValue(ref, model);
    if (at) comparators.push({ label: ref.label, value: at.value, period: at.period });
  }
  const last = model.summary?.last.value;
  const t = model.target;
  let target: TargetComparison | null = null;
  if (t && t.value != null && last != null) {
    const position = last < t.value ? 'below' : last > t.value ? 'above' : 'equal';
    const met =
      model.better === 'lower'
        ? last <= t.value
        : model.better === 'higher'
          ? last >= t.value
          : null;
    target = { label: t.label, value: t.value, year: t.year, position, met };
  }
  return { comparators, target };
}

export interface DrawnReference {
  id: string;
  kind: Reference['kind'];
  label: string;
  d: string;
  /** Where the reference ends on the right, in frame units; null when nothing is drawn. */
  y: number | null;
  value: number | null;
  /** A reference with a single value in the span is a dot (a dashed line would not show it). */
  dot: { x: number; y: number } | null;
  /** The bounds of that single value, as a vertical rule ('' without bounds). */
  whisker: string;
}

export interface Drawing {
  line: string;
  band: string;
  /** Bounds of points whose neighbours have none, as vertical rules. */
  whiskers: string;
  references: DrawnReference[];
  markers: { kinds: MarkerKind[]; index: number; x: number; y: number }[];
  /** Breaks in series: the line stops and a mark stands between the two periods. */
  breaks: { x: number; period: string }[];
  /** Values with no value on either side: drawn as dots, since no line reaches them. */
  lone: { x: number; y: number }[];
  /** Frame positions of every point (y null where the value is missing). */
  xs: number[];
  ys: (number | null)[];
}

/** draw(model, extent, frame, options) lays the model out in a frame. */
export function draw(
  model: SparkModel,
  extent: Extent,
  frame: Frame,
  options: { connectGaps: boolean; markers: readonly MarkerKind[] },
): Drawing {
  const scales = sparkScales(extent, frame);
  const points = model.points;
  const xs = points.map((p) => round(scales.x(p.x)));
  const ys = points.map((p) => (p.value == null ? null : round(scales.y(p.value))));
  const x0 = points[0]?.x ?? extent.x[0];
  const x1 = points[points.length - 1]?.x ?? extent.x[1];
  const references = model.references.map((ref): DrawnReference => {
    if (!ref.points) {
      const value = ref.value ?? null;
      return {
        id: ref.id,
        kind: ref.kind,
        label: ref.label,
        d: value == null ? '' : ruleAt(value, scales, x0, x1),
        y: value == null ? null : round(scales.y(value)),
        value,
        dot: null,
        whisker: '',
      };
    }
    const span = inRange(ref.points, x0, x1);
    const at = referenceValue(ref, model);
    const defined = span.filter((p) => p.value != null);
    return {
      id: ref.id,
      kind: ref.kind,
      label: ref.label,
      // References are context: their sparse years are joined.
      d: sparklinePath(span, scales, true),
      y: at ? round(scales.y(at.value)) : null,
      value: at?.value ?? null,
      dot:
        defined.length === 1
          ? { x: round(scales.x(defined[0].x)), y: round(scales.y(defined[0].value as number)) }
          : null,
      whisker: defined.length === 1 ? sparklineWhiskers(defined, scales) : '',
    };
  });
  // The line is drawn in pieces between breaks in series, never joined across one.
  const starts = new Set(model.breaks);
  const cuts = points.flatMap((p, i) => (i > 0 && starts.has(p.period) ? [i] : []));
  const pieces = [0, ...cuts].map((from, k) => points.slice(from, cuts[k] ?? points.length));
  const cutBefore = (i: number) => ys[i - 1] == null || cuts.includes(i);
  const cutAfter = (i: number) => ys[i + 1] == null || cuts.includes(i + 1);
  // Values that no line reaches are dots: alone between gaps, or alone in a piece when gaps are
  // joined.
  const lone = options.connectGaps
    ? pieces.length < 2
      ? []
      : pieces.flatMap((piece, k) => {
          const defined = piece.flatMap((p, j) =>
            p.value == null ? [] : [j + ([0, ...cuts][k] ?? 0)],
          );
          return defined.length === 1 ? [{ x: xs[defined[0]], y: ys[defined[0]] as number }] : [];
        })
    : ys.flatMap((y, i) => (y != null && cutBefore(i) && cutAfter(i) ? [{ x: xs[i], y }] : []));
  return {
    line: pieces.map((piece) => sparklinePath(piece, scales, options.connectGaps)).join(''),
    breaks: cuts.map((i) => ({ x: round((xs[i - 1] + xs[i]) / 2), period: points[i].period })),
    band: sparklineBand(points, scales),
    whiskers: sparklineWhiskers(points, scales),
    references,
    markers: sparklineMarkers(points, options.markers).map((m) => ({
      ...m,
      x: xs[m.index],
      y: ys[m.index] as number,
    })),
    lone,
    xs,
    ys,
  };
}
