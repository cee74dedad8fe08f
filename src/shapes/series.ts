// From the indicator format to sparkline points: one area's series, or a reference's (national
// value, comparator), laid out on the indicator's periods in time order.
import type { Indicator, Observation, Period, Reference } from '../data/types.js';
import { resolveArea } from '../data/areas.js';
import type { SparkPoint } from './extent.js';

/** What an `area` input names: an area of the indicator, or one of its references. */
export type SeriesChoice =
  | { kind: 'area'; code: string; values: Record<string, Observation> }
  | { kind: 'reference'; reference: Reference };

/**
 * chooseSeries(indicator, area) finds the series that `area` names: `national` (the first
 * reference of kind national), a reference id (`WLD`), an area code as stored (`KZ-11`) or any
 * way of writing one that resolveArea knows (`KZ-AKM`, `Akmola`). Without `area`: the only area
 * when there is one, else the national reference. Null when nothing fits.
 */
export function chooseSeries(
  indicator: Indicator,
  area: string | null | undefined,
): SeriesChoice | null {
  const refs = indicator.references;
  const wanted = area?.trim();
  if (!wanted) {
    const codes = Object.keys(indicator.values);
    if (codes.length === 1)
      return { kind: 'area', code: codes[0], values: indicator.values[codes[0]] };
    const national = refs.find((r) => r.kind === 'national');
    return national ? { kind: 'reference', reference: national } : null;
  }
  if (wanted.toLowerCase() === 'national') {
    const national = refs.find((r) => r.kind === 'national');
    return national ? { kind: 'reference', reference: national } : null;
  }
  const reference = refs.find((r) => r.id === wanted);
  if (reference) return { kind: 'reference', reference };
  const stored = indicator.values[wanted];
  if (stored) return { kind: 'area', code: wanted, values: stored };
  const resolved = resolveArea(wanted, { suggest: false });
  if (resolved.code && indicator.values[resolved.code]) {
    return { kind: 'area', code: resolved.code, values: indicator.values[resolved.code] };
  }
  return null;
}

function point(period: Period, observation: Observation | undefined): SparkPoint {
  const p: SparkPoint = { period: period.id, x: period.start, value: observation?.value ?? null };
  if (observation?.lower != null) p.lower = observation.lower;
  if (observation?.upper != null) p.upper = observation.upper;
  return p;
}

/** seriesPoints(periods, values) lays observations keyed by period id on the periods, in order. */
export function seriesPoints(
  periods: readonly Period[],
  values: Record<string, Observation> | undefined,
): SparkPoint[] {
  return periods.map((period) => point(period, values?.[period.id]));
}

/** choicePoints(indicator, choice) is the chosen series on all of the indicator's periods. */
export function choicePoints(indicator: Indicator, choice: SeriesChoice): SparkPoint[] {
  return seriesPoints(
    indicator.periods,
    choice.kind === 'area' ? choice.values : choice.reference.values,
  );
}

/** Reference kinds and ids a `references` input may list, besides `all` and `none`. */
export type ReferenceFilter = 'all' | 'none' | string[];

/**
 * pickReferences(indicator, filter, exclude) is the references to draw: all, none, or those
 * whose id or kind (`national`, `comparator`, `target`) is listed; never the reference shown as
 * the series itself.
 */
export function pickReferences(
  references: readonly Reference[],
  filter: ReferenceFilter,
  exclude?: Reference,
): Reference[] {
  if (filter === 'none') return [];
  return references.filter(
    (r) => r !== exclude && (filter === 'all' || filter.includes(r.id) || filter.includes(r.kind)),
  );
}

/** Names a reader might have meant, for a warning: the indicator's areas and reference ids. */
export function seriesNames(indicator: Indicator): string[] {
  return [
    ...indicator.references.map((r) => (r.kind === 'national' ? 'national' : r.id)),
    ...Object.keys(indicator.values),
  ];
}
